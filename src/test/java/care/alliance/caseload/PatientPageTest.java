package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.Score;
import care.alliance.patients.AppointmentKind;
import care.alliance.programme.MessageRecords.PatientMessage;
import care.alliance.programme.ProgrammeActivity.DiaryEntry;

@AllianceTest
class PatientPageTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    @Autowired
    PatientPage page;
    @Autowired
    JdbcTemplate jdbc;
    PatientPageData data;
    long patientA;
    long patientB;

    @BeforeEach
    void ids() {
        data = new PatientPageData(jdbc);
        patientA = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        patientB = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
    }

    @AfterEach
    void clear() {
        data.clear(patientA, patientB);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H13_loadingThePageIsOneAuditedPatientRead() {
        long before = audits(patientA);
        page.load(patientA);
        assertThat(audits(patientA)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT action FROM audit_event WHERE patient_id = ? ORDER BY id DESC LIMIT 1",
                String.class, patientA)).isEqualTo("PATIENT_READ");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H02_thePageCarriesThisPatientsRowsOnly() {
        Instant now = Instant.now();
        data.message(patientA, now.minusSeconds(3600), "pp message of A");
        data.message(patientB, now.minusSeconds(1800), "pp message of B");
        data.diary(patientB, now.minusSeconds(1800), "pp walk of B", "PLANNED");
        data.openRiskFlag(patientB, now, "PHQ-9 item 9 scored 3");

        PatientPageContent content = page.load(patientA);

        assertThat(content.activity().messages()).extracting(PatientMessage::text).contains("pp message of A")
                .doesNotContain("pp message of B");
        assertThat(content.activity().diary()).extracting(DiaryEntry::activity).doesNotContain("pp walk of B");
        assertThat(content.riskFlags()).allSatisfy(flag -> assertThat(flag.patientId()).isEqualTo(patientA));
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void eachTableIsTheTwentyMostRecentRowsNewestFirst() {
        Instant start = Instant.now().minus(Duration.ofDays(5));
        for (int i = 0; i < PatientPage.ROWS_SHOWN + 3; i++) {
            data.diary(patientA, start.plus(Duration.ofHours(i)), "pp activity " + i, i % 2 == 0 ? "PLANNED" : "COMPLETED");
        }
        PatientPageContent content = page.load(patientA);
        assertThat(content.activity().diary()).hasSize(PatientPage.ROWS_SHOWN);
        assertThat(content.activity().diary().getFirst().activity()).isEqualTo("pp activity 22");
        assertThat(content.activity().diary()).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H05_H07_theScoresAreThisEpisodesFromItsLondonReferralDayInTheOrderTheyWereAnswered() {
        // the fixture episode was referred on 5 January 2026; other tests may have stored scores of their own
        Score before = new Score(Instrument.PHQ9, Instant.parse("2026-01-04T23:59:00Z"), 4);
        Score firstMinute = new Score(Instrument.PHQ9, Instant.parse("2026-01-05T00:00:00Z"), 13);
        Score late = new Score(Instrument.PHQ9, Instant.parse("2026-11-10T10:00:00Z"), 20);
        for (Score score : List.of(late, before, firstMinute)) { // arrival order is not answer order
            data.phq9(patientA, score.occurredAt(), score.total());
        }

        List<Score> scores = page.load(patientA).scores();

        assertThat(scores).contains(firstMinute, late).doesNotContain(before);
        assertThat(scores).isSortedAccordingTo(Comparator.comparing(Score::occurredAt));
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theNextAppointmentIsTheEarliestBookedOneFromNowOn() {
        Instant now = Instant.now();
        data.appointment(patientA, now.minus(Duration.ofDays(1)), "FACE_TO_FACE", "BOOKED");
        data.appointment(patientA, now.plus(Duration.ofDays(1)), "FACE_TO_FACE", "CANCELLED");
        data.appointment(patientA, now.plus(Duration.ofDays(5)), "ONLINE_REVIEW", "BOOKED");
        data.appointment(patientA, now.plus(Duration.ofDays(2)), "FACE_TO_FACE", "BOOKED");

        var next = page.load(patientA).episode().next();

        assertThat(next.kind()).isEqualTo(AppointmentKind.FACE_TO_FACE);
        assertThat(next.start()).isCloseTo(now.plus(Duration.ofDays(2)), within(1, ChronoUnit.SECONDS));
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H07_moodDaysEndTodayInLondon() {
        LocalDate today = LocalDate.now(LONDON);
        data.mood(patientA, today.atTime(0, 30).atZone(LONDON).toInstant(), 9);

        DailyMood mood = page.load(patientA).mood();

        assertThat(mood.days()).hasSize(PatientPage.MOOD_DAYS);
        assertThat(mood.days().getLast().date()).isEqualTo(today);
        assertThat(mood.days().getLast().mean()).isEqualTo(9.0);
    }

    @Test
    @WithUserDetails(value = Fixtures.NAVIGATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aNavigatorDoesNotGetTheClinicalPage() {
        assertThatThrownBy(() -> page.load(patientA)).isInstanceOf(AccessDeniedException.class);
    }

    private long audits(long patientId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ?", Long.class, patientId);
    }
}
