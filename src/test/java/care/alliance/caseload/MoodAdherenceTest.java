package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.SignedIn;
import care.alliance.AllianceTest;
import care.alliance.caseload.internal.CaseloadQuery;
import care.alliance.caseload.internal.MoodWindow;

/**
 * Mood adherence = days with at least one rating among the last 7 complete local days. The query
 * runs with explicit "todays" so the clock changes of 2026 can be tested on any day (H07).
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("H07 mood adherence counts London days, at midnight and across both clock changes")
class MoodAdherenceTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseloadQuery query;
    @Autowired
    CaseloadService service;
    @Autowired
    EpisodeStateProjector projector;
    @Autowired
    ApplicationContext context;
    CaseloadData data;
    long service1;
    long pwp;

    @BeforeAll
    void pwp() {
        data = new CaseloadData(jdbc);
        service1 = data.service("t-mood");
        pwp = data.staff("t.pwp.mood", "Mo Adherence", "PWP", service1);
    }

    @Test
    void ratingsCountFromTheFirstDaysMidnightToJustBeforeTodaysAndEachDayOnce() {
        long episode = patient("mood-edges");
        rate(episode, "2026-01-07T23:59:59.999999Z"); // before the window
        rate(episode, "2026-01-08T00:00:00Z");        // day 1, first instant
        rate(episode, "2026-01-08T20:00:00Z");        // day 1 again: still one day
        rate(episode, "2026-01-14T23:59:59.999999Z"); // day 7, last instant
        rate(episode, "2026-01-15T00:00:00Z");        // today: not complete, not counted

        assertThat(moodDays(LocalDate.of(2026, 1, 15), "mood-edges")).isEqualTo(2);
    }

    @Test
    void H07_springForward_aRatingAfterBstMidnightBelongsToTheNextDay() {
        long episode = patient("mood-march");
        rate(episode, "2026-03-29T22:30:00Z"); // 23:30 BST on Sunday 29 March: day 7
        rate(episode, "2026-03-29T23:30:00Z"); // 00:30 BST on Monday 30 March: today, not counted
        rate(episode, "2026-03-22T23:30:00Z"); // 23:30 GMT on 22 March: before the window

        assertThat(moodDays(LocalDate.of(2026, 3, 30), "mood-march")).isOne();
    }

    @Test
    void H07_fallBack_theLongDayIsOneDayAndItsBstStartCounts() {
        long episode = patient("mood-october");
        rate(episode, "2026-10-18T22:30:00Z"); // 23:30 BST on 18 October: before the window
        rate(episode, "2026-10-18T23:30:00Z"); // 00:30 BST on 19 October: day 1
        rate(episode, "2026-10-24T23:30:00Z"); // 00:30 BST on Sunday 25 October
        rate(episode, "2026-10-25T23:30:00Z"); // 23:30 GMT on Sunday 25 October: the same 25-hour day

        assertThat(moodDays(LocalDate.of(2026, 10, 26), "mood-october")).isEqualTo(2);
    }

    @Test
    void theServiceUsesTheLastSevenCompleteDaysBeforeTodayInLondon() {
        long episode = patient("mood-today");
        Instant todayStarts = LocalDate.now(LONDON).atStartOfDay(LONDON).toInstant();
        rate(episode, todayStarts.minusSeconds(60).toString());
        rate(episode, todayStarts.plusSeconds(60).toString());

        List<CaseloadRow> rows = new SignedIn(context).as("t.pwp.mood", (Supplier<List<CaseloadRow>>) () ->
                service.page(new CaseloadFilter(null, null, false, "mood-today"), 0, 10, List.of()));
        assertThat(rows).singleElement().extracting(CaseloadRow::moodDays).isEqualTo(1);
    }

    private long patient(String programmeId) {
        long episode = data.patient(programmeId, "M. " + programmeId, service1, pwp, null, null);
        projector.rebuildAll();
        return episode;
    }

    private void rate(long episode, String at) {
        data.mood(episode, Instant.parse(at));
    }

    private int moodDays(LocalDate today, String programmeId) {
        MoodWindow window = MoodWindow.completeDaysBefore(today, LONDON, CaseloadService.MOOD_DAYS);
        return query.page(pwp, new CaseloadFilter(null, null, false, programmeId), window,
                today.atStartOfDay(LONDON).toInstant(), 0, 10, List.of()).getFirst().moodDays();
    }
}
