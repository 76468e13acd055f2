package care.alliance.timebudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;

/** Active time on a patient page or digest: measured, capped, idempotent per visit, refused when absurd or not mine. */
@AllianceTest
class VisitCaptureTest {

    static final String PWP = "t.pwp.visit";
    static final String OTHER_PWP = "t.pwp.visit2";
    static final String NAV = "t.nav.visit";
    static long service;
    static long pwp;
    static long other;

    @Autowired
    TimeCapture capture;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    /** Visits end well in the past: the clock is the real one. */
    final Instant start = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        LedgerData data = new LedgerData(jdbc);
        service = data.service("t-visit");
        pwp = data.staff(PWP, "PWP", service);
        other = data.staff(OTHER_PWP, "PWP", service);
        data.staff(NAV, "NAVIGATOR", service);
    }

    @Test
    void aVisitIsProposedAsDigestReviewCountingOnlyActiveTime() {
        long patient = new LedgerData(jdbc).patient(service, pwp);
        // active for the first 3 minutes (a ping every 30 s), then idle for 20 minutes before leaving
        Optional<TimeEntry> entry = as(PWP, () -> capture.recordVisit(patient, VisitSurface.DIGEST, UUID.randomUUID(),
                start, start.plusSeconds(23 * 60), pings(30, 180)));

        assertThat(entry).isPresent();
        assertThat(entry.get().minutes()).isEqualTo(4); // 180 s of pings + the last ping's 60 s idle window
        assertThat(entry.get().kind()).isEqualTo(TimeKind.DIGEST_REVIEW);
        assertThat(entry.get().state()).isEqualTo(EntryState.PROPOSED);
        assertThat(entry.get().source()).isEqualTo(EntrySource.AUTO);
        assertThat(entry.get().note()).isEqualTo("Active on the digest");
        assertThat(entry.get().workDate()).isEqualTo(LocalDate.ofInstant(start, ZoneId.of("Europe/London")));
        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_VISIT_RECORD", "ALLOWED")).isPositive();
    }

    @Test
    void aLongVisitIsCappedAndReportingItAgainKeepsOneEntryThatFollowsTheLongerMeasure() {
        long patient = new LedgerData(jdbc).patient(service, pwp);
        UUID visit = UUID.randomUUID();

        TimeEntry early = as(PWP, () -> capture.recordVisit(patient, VisitSurface.PATIENT_PAGE, visit, start,
                start.plusSeconds(300), pings(30, 300))).orElseThrow();
        TimeEntry later = as(PWP, () -> capture.recordVisit(patient, VisitSurface.PATIENT_PAGE, visit, start,
                start.plusSeconds(3600), pings(30, 3600))).orElseThrow();
        TimeEntry again = as(PWP, () -> capture.recordVisit(patient, VisitSurface.PATIENT_PAGE, visit, start,
                start.plusSeconds(3600), pings(30, 3600))).orElseThrow();

        assertThat(early.minutes()).isEqualTo(5);
        assertThat(later.id()).isEqualTo(early.id());
        assertThat(later.minutes()).isEqualTo(20);
        assertThat(later.capturedMinutes()).isEqualTo(20);
        assertThat(again.version()).isEqualTo(later.version());
        assertThat(count(patient)).isOne();
    }

    @Test
    void aGlanceRecordsNothing() {
        long patient = new LedgerData(jdbc).patient(service, pwp);

        Optional<TimeEntry> entry = as(PWP, () -> capture.recordVisit(patient, VisitSurface.PATIENT_PAGE,
                UUID.randomUUID(), start, start.plusSeconds(40), pings(10, 30)));

        assertThat(entry).isEmpty();
        assertThat(count(patient)).isZero();
    }

    @Test
    void absurdVisitsAreRefusedAndStoreNothing() {
        long patient = new LedgerData(jdbc).patient(service, pwp);
        UUID visit = UUID.randomUUID();

        assertThatThrownBy(() -> record(patient, visit, start, start.minusSeconds(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The visit ends before it starts.");
        assertThatThrownBy(() -> record(patient, visit, start, start.plusSeconds(600), List.of(start.plusSeconds(601))))
                .hasMessageContaining("outside the visit");
        assertThatThrownBy(() -> record(patient, visit, start, start.plusSeconds(600), pings(0, 10_001)))
                .hasMessageContaining("at most 10000");
        Instant longAgo = start.minus(Duration.ofHours(13));
        assertThatThrownBy(() -> record(patient, visit, longAgo, start, List.of()))
                .hasMessageContaining("longer than 12 hours");
        Instant now = Instant.now();
        assertThatThrownBy(() -> record(patient, visit, now, now.plus(Duration.ofHours(1)), List.of()))
                .hasMessage("The visit ends in the future.");
        assertThatThrownBy(() -> as(PWP, () -> capture.recordVisit(patient, null, visit, start, start, List.of())))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(count(patient)).isZero();
    }

    @Test
    @DisplayName("H02 H13 a visit to another PWP's patient is refused and audited; a navigator cannot record one")
    void H02_onlyMyOwnPatients() {
        long theirs = new LedgerData(jdbc).patient(service, other);
        int deniedBefore = new LedgerData(jdbc).audited(PWP, "TIME_VISIT_RECORD", "DENIED");

        assertThatThrownBy(() -> record(theirs, UUID.randomUUID(), start, start.plusSeconds(600), pings(30, 600)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV, () -> capture.recordVisit(theirs, VisitSurface.DIGEST, UUID.randomUUID(),
                start, start.plusSeconds(600), pings(30, 600)))).isInstanceOf(AccessDeniedException.class);

        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_VISIT_RECORD", "DENIED")).isEqualTo(deniedBefore + 1);
        assertThat(count(theirs)).isZero();
    }

    @Test
    void aVisitIdCannotBeReusedForAnotherPatient() {
        LedgerData data = new LedgerData(jdbc);
        long first = data.patient(service, pwp);
        long second = data.patient(service, pwp);
        UUID visit = UUID.randomUUID();
        record(first, visit, start, start.plusSeconds(300), pings(30, 300));

        assertThatThrownBy(() -> record(second, visit, start, start.plusSeconds(300), pings(30, 300)))
                .hasMessage("This visit id belongs to another visit.");
        assertThat(count(second)).isZero();
    }

    private Optional<TimeEntry> record(long patient, UUID visit, Instant from, Instant to, List<Instant> activity) {
        return as(PWP, () -> capture.recordVisit(patient, VisitSurface.PATIENT_PAGE, visit, from, to, activity));
    }

    /** A ping every {@code step} seconds after the start, up to {@code until} seconds (or that many pings if step is 0). */
    private List<Instant> pings(int step, int until) {
        List<Instant> moments = new ArrayList<>();
        if (step == 0) {
            for (int i = 0; i < until; i++) {
                moments.add(start.plusSeconds(1));
            }
            return moments;
        }
        for (int s = step; s <= until; s += step) {
            moments.add(start.plusSeconds(s));
        }
        return moments;
    }

    private int count(long patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE patient_id = ?", Integer.class, patient);
    }

    private <T> T as(String user, Supplier<T> call) {
        return new SignedIn(context).as(user, call);
    }
}
