package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.navigator.DataSummaryFacts;
import care.alliance.navigator.DataSummaryFacts.OpenProblem;
import care.alliance.navigator.internal.DataSummaryTable;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;

@AllianceTest
class DigestBuildTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestBuilds builds;
    @Autowired
    DataSummaryTable summaries;

    @Test
    @DisplayName("clinical.md §6: every field of a scripted patient's digest, from data posted over the API")
    void everyField() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        patient.scriptedData(jdbc);
        DigestContent digest = builds.build(patient.appointmentId).orElseThrow().content();

        assertThat(digest.appointment()).isEqualTo(patient.appointment);
        assertThat(digest.version()).isEqualTo(1);
        assertThat(digest.since()).isEqualTo(patient.since);
        assertThat(digest.until()).isEqualTo(digest.builtAt());
        long days = ChronoUnit.DAYS.between(patient.since.atZone(DigestScenario.LONDON).toLocalDate(),
                digest.builtAt().minusNanos(1).atZone(DigestScenario.LONDON).toLocalDate()) + 1;
        assertThat(digest.mood()).isEqualTo(new DigestContent.Mood(4, (int) days, 5.5, -1.0, 4));
        int phqFirst = 10;
        int phqLatest = 17;
        assertThat(digest.questionnaires().phq9()).isEqualTo(new MeasureSummary(phqFirst, phqLatest,
                phqLatest - phqFirst, Instrument.PHQ9.severityOf(phqLatest)));
        assertThat(digest.questionnaires().gad7()).isEqualTo(new MeasureSummary(7, 7, null,
                Instrument.GAD7.severityOf(7)));
        assertThat(digest.questionnaires().status()).isEqualTo(LiveStatus.RELIABLY_DETERIORATED);
        assertThat(digest.questionnaires().verdict()).isEqualTo(LiveStatus.RELIABLY_DETERIORATED.label());
        assertThat(digest.modules()).containsExactly(
                new DigestContent.ModuleLine("BEHAVIOURAL_ACTIVATION", 30, false, true),
                new DigestContent.ModuleLine("PSYCHOEDUCATION", 100, true, false));
        String reason = jdbc.queryForObject("SELECT reason FROM risk_flag WHERE patient_id = ?", String.class,
                patient.patientId);
        assertThat(digest.riskFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.open()).isTrue();
            assertThat(flag.raisedInPeriod()).isTrue();
            assertThat(flag.reason()).isEqualTo(reason);
        });
        assertThat(digest.openIssues()).extracting(DigestContent.IssueLine::category, DigestContent.IssueLine::status,
                DigestContent.IssueLine::resolution).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SYNC", "OPEN", null),
                        org.assertj.core.groups.Tuple.tuple("LOGIN", "RESOLVED", "Password reset with the patient"));
        assertThat(digest.unreadMessages()).isEqualTo(2);
        assertThat(digest.diary()).isEqualTo(new DigestContent.Diary(3, 2));
        assertThat(digest.agenda()).containsExactly("Review risk first: " + reason,
                "Discuss the deterioration: " + LiveStatus.RELIABLY_DETERIORATED.label(),
                "Problem-solve the stuck module: Behavioural activation at 30 %");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = "
                + "'DIGEST_BUILD' AND username = ?", Integer.class, patient.patientId, DigestBuilds.AUDIT_ACTOR))
                .as("H13 the job's read is audited").isEqualTo(1);
    }

    @Test
    @DisplayName("a rebuild with no new data stores nothing; new data gives version 2 with the same since")
    void versions() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        patient.post(List.of(patient.event("MOOD", patient.day(1), "score", 6)));
        assertThat(builds.build(patient.appointmentId)).map(StoredDigest::version).contains(1);
        assertThat(builds.build(patient.appointmentId)).isEmpty();
        assertThat(rows(patient)).isEqualTo(1);

        patient.post(List.of(patient.event("MOOD", patient.day(2), "score", 3)));
        StoredDigest second = builds.build(patient.appointmentId).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.content().mood().lowest()).isEqualTo(3);
        assertThat(rows(patient)).isEqualTo(2);
    }

    @Test
    @DisplayName("builds of the same version at the same moment: the unique key decides, one row per version")
    void concurrentBuilds() throws Exception {
        DigestScenario patient = new DigestScenario(port, jdbc);
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Optional<StoredDigest>>> calls = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                calls.add(() -> builds.build(patient.appointmentId));
            }
            List<Optional<StoredDigest>> results = new ArrayList<>();
            for (Future<Optional<StoredDigest>> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            assertThat(results.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("SELECT version FROM digest WHERE appointment_id = ?", Integer.class,
                patient.appointmentId)).containsExactly(1);
    }

    @Test
    @DisplayName("H13_ H06_ a stored digest cannot be changed or deleted: the database refuses")
    void H13_immutable() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        StoredDigest stored = builds.build(patient.appointmentId).orElseThrow();
        assertThatThrownBy(() -> jdbc.update("UPDATE digest SET content = '{}' WHERE appointment_id = ?",
                patient.appointmentId)).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM digest WHERE appointment_id = ?", patient.appointmentId))
                .hasMessageContaining("immutable");
        assertThat(jdbc.queryForObject("SELECT content FROM digest WHERE appointment_id = ?", String.class,
                patient.appointmentId)).isEqualTo(stored.json());
    }

    @Test
    @DisplayName("issue #6: the navigator's newest summary since the previous session goes in; a new one makes version n+1")
    void theNavigatorsDataSummary() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        assertThat(builds.build(patient.appointmentId).orElseThrow().content().dataSummary()).isNull();
        summary(patient, patient.since.minus(Duration.ofDays(1)), "Written before the last session.");
        assertThat(builds.build(patient.appointmentId)).as("an older summary is not new to the PWP").isEmpty();

        Instant published = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
        DataSummaryFacts facts = summary(patient, published, "Reminders fixed; logs in most days.");
        StoredDigest second = builds.build(patient.appointmentId).orElseThrow();

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.content().dataSummary()).isEqualTo(new DigestContent.DataSummaryLine(
                jdbc.queryForObject("SELECT u.display_name FROM episode e JOIN staff_user u ON u.id = e.pwp_id"
                        + " WHERE e.patient_id = ?", String.class, patient.patientId), published, "Reminders fixed; logs in most days.", facts.oneLine()));
        assertThat(builds.build(patient.appointmentId)).as("no new summary, no new data").isEmpty();

        summary(patient, published.plusSeconds(60), "Checked again: all fine.");
        StoredDigest third = builds.build(patient.appointmentId).orElseThrow();
        assertThat(third.version()).isEqualTo(3);
        assertThat(third.content().dataSummary().words()).isEqualTo("Checked again: all fine.");
        assertThat(rows(patient)).isEqualTo(3);
    }

    /** A published summary straight into its table, authored (as test data) by the patient's PWP. */
    private DataSummaryFacts summary(DigestScenario patient, Instant at, String words) {
        DataSummaryFacts facts = new DataSummaryFacts(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 14), 14, 9,
                10, at.minus(Duration.ofDays(1)), 8, 1, 3, 2, 1, 0, 2, List.of(new OpenProblem("SYNC", "OPEN")));
        summaries.insert(patient.patientId, jdbc.queryForObject("SELECT pwp_id FROM episode WHERE patient_id = ?",
                Long.class, patient.patientId), at, facts, words);
        return facts;
    }

    private int rows(DigestScenario patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM digest WHERE appointment_id = ?", Integer.class,
                patient.appointmentId);
    }

}
