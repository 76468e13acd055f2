package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.SignedIn;
import care.alliance.caseload.CaseloadData;
import care.alliance.digest.DigestCoverage;
import care.alliance.digest.DigestCoverageReport;
import care.alliance.digest.DigestCoverageReport.PwpCoverage;
import care.alliance.digest.StoredDigest;
import care.alliance.patients.AppointmentRecords;

/** H09: the manager's coverage of a day's appointments, per PWP, with failed builds recorded by the job. */
@AllianceTest
class DigestCoverageTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestBuilds builds;
    @Autowired
    AppointmentRecords appointments;
    @Autowired
    DigestFailures failures;
    @Autowired
    DigestCoverage coverage;
    @Autowired
    ApplicationContext context;

    @Test
    void coverageCountsTheDaysBookedAppointmentsPerPwpAndListsFailedBuildsUntilABuildSucceeds() {
        CaseloadData data = new CaseloadData(jdbc);
        String code = "t-cov-" + System.nanoTime();
        long service = data.service(code);
        String manager = code + ".mgr";
        data.staff(manager, "Mo Coverage", "MANAGER", service);
        long alice = data.staff(code + ".alice", "Alice Cov", "PWP", service);
        long bob = data.staff(code + ".bob", "Bob Cov", "PWP", service);
        LocalDate tomorrow = LocalDate.now(Clock.system(LONDON)).plusDays(1);
        long a1 = data.patient(code + "-a1", "A1. Cov", service, alice, LocalDate.of(2026, 1, 5), null);
        long a2 = data.patient(code + "-a2", "A2. Cov", service, alice, LocalDate.of(2026, 1, 5), null);
        long b1 = data.patient(code + "-b1", "B1. Cov", service, bob, LocalDate.of(2026, 1, 5), null);
        long built = data.appointment(a1, "FACE_TO_FACE", at(tomorrow, 9, 0), "BOOKED");
        data.appointment(a2, "ONLINE_REVIEW", at(tomorrow, 23, 30), "BOOKED");
        long failing = data.appointment(b1, "FACE_TO_FACE", at(tomorrow, 0, 15), "BOOKED");
        data.appointment(a2, "FACE_TO_FACE", at(tomorrow, 11, 0), "CANCELLED");
        data.appointment(a2, "FACE_TO_FACE", at(tomorrow.plusDays(1), 0, 0), "BOOKED");
        data.appointment(b1, "FACE_TO_FACE", at(tomorrow, 0, 0).minusSeconds(1), "BOOKED");
        // another service's appointment on the same day is not this manager's
        long elsewhere = data.service(code + "-x");
        long other = data.staff(code + ".other", "Other Cov", "PWP", elsewhere);
        data.appointment(data.patient(code + "-x1", "X1. Cov", elsewhere, other, LocalDate.of(2026, 1, 5), null),
                "FACE_TO_FACE", at(tomorrow, 10, 0), "BOOKED");

        builds.build(built).orElseThrow();
        DigestBuildJob crashing = new DigestBuildJob(new CrashingBuilds(), appointments, failures);
        assertThatThrownBy(() -> crashing.run(failing, BuildPass.EVENING)).hasMessageContaining("database went away");

        DigestCoverageReport report = as(manager, () -> coverage.forDay(tomorrow));
        assertThat(report.day()).isEqualTo(tomorrow);
        assertThat(report.pwps()).extracting(PwpCoverage::pwpName, PwpCoverage::appointments, PwpCoverage::withDigest,
                PwpCoverage::failedWithoutDigest).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alice Cov", 2, 1, 0),
                        org.assertj.core.groups.Tuple.tuple("Bob Cov", 1, 0, 1));
        assertThat(report.appointments()).isEqualTo(3);
        assertThat(report.withDigest()).isEqualTo(1);
        assertThat(report.percent()).isEqualTo(33);
        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.pass()).isEqualTo("EVENING");
            assertThat(failure.pwpName()).isEqualTo("Bob Cov");
            assertThat(failure.message()).isEqualTo("IllegalStateException: database went away");
            assertThat(failure.digestSince()).isFalse();
        });

        builds.build(failing).orElseThrow(); // the next pass succeeds
        DigestCoverageReport after = as(manager, () -> coverage.forDay(tomorrow));
        assertThat(after.withDigest()).isEqualTo(2);
        assertThat(after.pwps()).allSatisfy(pwp -> assertThat(pwp.failedWithoutDigest()).isZero());
        assertThat(after.failures()).singleElement().satisfies(failure -> assertThat(failure.digestSince()).isTrue());
    }

    @Test
    void onlyManagersSeeCoverage() {
        assertThatThrownBy(() -> as(Fixtures.PWP_A, () -> coverage.forDay(LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Fixtures.NAVIGATOR, () -> coverage.forDay(LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(Fixtures.MANAGER, () -> coverage.forDay(LocalDate.of(2020, 1, 1))).percent())
                .as("a day without appointments is not a coverage gap").isEqualTo(100);
    }

    @Test
    void aFailureMessageIsKeptShort() {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-cov-long-" + System.nanoTime());
        long pwp = data.staff("t.cov.long." + System.nanoTime(), "Long Cov", "PWP", service);
        long appointment = data.appointment(data.patient("t-cov-long-" + System.nanoTime(), "L. Cov", service, pwp,
                LocalDate.of(2026, 1, 5), null), "FACE_TO_FACE", Instant.now().plusSeconds(86_400), "BOOKED");
        failures.record(appointment, BuildPass.PREBUILD, new IllegalStateException("x".repeat(2_000)));
        assertThat(jdbc.queryForObject("SELECT message FROM digest_build_failure WHERE appointment_id = ?",
                String.class, appointment)).hasSize(DigestFailures.MESSAGE_LENGTH).endsWith("...");
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant();
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }

    /** A build that dies as a lost database connection would: what the job must record (H09). */
    private static final class CrashingBuilds extends DigestBuilds {

        CrashingBuilds() {
            super(null, null, null, null, null);
        }

        @Override
        public Optional<StoredDigest> build(long appointmentId) {
            throw new IllegalStateException("database went away");
        }
    }
}
