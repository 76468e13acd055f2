package care.alliance.navigator.detection;

import static care.alliance.navigator.detection.DetectionScenario.london;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.AllianceTest;
import care.alliance.StatementCounter;
import care.alliance.navigator.DetectionResult;
import care.alliance.navigator.DetectionThresholds;
import care.alliance.programme.ProgrammeDataArrived;

/** H10: one issue per patient and category however often and wherever detection runs; auto-close rules. */
@AllianceTest
class DetectionIssuesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Detection detection;
    @Autowired
    ThresholdStore thresholds;
    @Autowired
    StatementCounter statements;
    @Autowired
    PlatformTransactionManager transactions;
    DetectionScenario s;

    @BeforeEach
    void scenario() {
        s = new DetectionScenario(jdbc);
    }

    @Test
    void H10_repeatedRunsOpenNothingNewAndWriteNoNotes() {
        long episode = silentForFiveDays();

        DetectionResult first = detection.runFor(s.ids(episode));
        DetectionResult second = detection.runFor(s.ids(episode));
        DetectionResult third = detection.runFor(s.ids(episode));

        assertThat(first.opened()).isEqualTo(1);
        assertThat(second).isEqualTo(new DetectionResult(0, 0));
        assertThat(third).isEqualTo(new DetectionResult(0, 0));
        assertThat(s.issues(episode)).isEqualTo(1);
        assertThat(notes(episode)).isZero();
        assertThat(jdbc.queryForObject("SELECT source FROM technical_issue WHERE patient_id = ?", String.class,
                s.patientOf(episode))).isEqualTo("DETECTED");
    }

    @Test
    void H10_concurrentRunsOpenExactlyOneIssuePerPatientAndCategory() throws Exception {
        List<Long> patients = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long episode = silentForFiveDays();
            s.data.login(episode, Instant.now().minusSeconds(60), false);
            s.data.login(episode, Instant.now().minusSeconds(120), false);
            s.data.login(episode, Instant.now().minusSeconds(180), false);
            patients.add(s.patientOf(episode));
        }
        int runners = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        List<DetectionResult> results = new ArrayList<>();
        try {
            List<Future<DetectionResult>> runs = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return detection.runFor(patients);
                }));
            }
            start.countDown();
            for (Future<DetectionResult> run : runs) {
                results.add(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(results.stream().mapToInt(DetectionResult::opened).sum()).isEqualTo(40);
        assertThat(jdbc.queryForList("SELECT COUNT(*) FROM technical_issue WHERE patient_id IN ("
                + String.join(",", patients.stream().map(String::valueOf).toList())
                + ") GROUP BY patient_id, category", Integer.class)).hasSize(40).containsOnly(1);
    }

    @Test
    void aClearedConditionClosesAnOpenUnassignedDetectedIssueWithANote() {
        long episode = silentForFiveDays();
        detection.runFor(s.ids(episode));
        s.data.mood(episode, Instant.now().minusSeconds(60));

        DetectionResult result = detection.runFor(s.ids(episode));

        assertThat(result).isEqualTo(new DetectionResult(0, 1));
        assertThat(s.open(episode, "SYNC")).isNull();
        assertThat(jdbc.queryForMap("SELECT status, resolution, resolved_at FROM technical_issue WHERE patient_id = ?",
                s.patientOf(episode))).containsEntry("status", "RESOLVED")
                .containsEntry("resolution", "Closed automatically: mood ratings are arriving again (or the programme"
                        + " is no longer active).")
                .extractingByKey("resolved_at").isNotNull();
        assertThat(notes(episode)).isEqualTo(1);
        assertThat(detection.runFor(s.ids(episode))).isEqualTo(new DetectionResult(0, 0));
    }

    @Test
    void issuesANavigatorHasTakenOrRaisedStayOpenWhenTheConditionClears() {
        long assigned = silentForFiveDays();
        long inProgress = silentForFiveDays();
        long raisedByHand = silentForFiveDays();
        detection.runFor(s.ids(assigned, inProgress));
        jdbc.update("UPDATE technical_issue SET assignee_id = ? WHERE patient_id = ?", s.navigator, s.patientOf(assigned));
        jdbc.update("UPDATE technical_issue SET status = 'IN_PROGRESS' WHERE patient_id = ?", s.patientOf(inProgress));
        s.data.issue(raisedByHand, "SYNC", "OPEN");
        for (long episode : new long[] {assigned, inProgress, raisedByHand}) {
            s.data.mood(episode, Instant.now().minusSeconds(60));
        }

        DetectionResult result = detection.runFor(s.ids(assigned, inProgress, raisedByHand));

        assertThat(result).isEqualTo(new DetectionResult(0, 0));
        assertThat(s.open(assigned, "SYNC")).isNotNull();
        assertThat(s.open(inProgress, "SYNC")).isNotNull();
        assertThat(s.open(raisedByHand, "SYNC")).isEqualTo("test");
    }

    @Test
    void loginClosesOnlyWhenNeitherLoginRuleHolds() {
        long episode = s.newPatient();
        s.data.login(episode, london(9, 10), true);
        for (int i = 1; i <= 3; i++) {
            s.data.login(episode, Instant.now().minusSeconds(i * 600L), false);
        }
        detection.runFor(s.ids(episode));
        assertThat(s.open(episode, "LOGIN"))
                .isEqualTo("No login for 8 days (threshold 7); 3 failed logins in the last 24 hours (threshold 3)");

        s.data.login(episode, Instant.now().minusSeconds(60), true);
        assertThat(detection.runFor(s.ids(episode)).closed()).as("failed logins still hold").isZero();

        jdbc.update("DELETE FROM login_event WHERE patient_id = ? AND NOT success", s.patientOf(episode));
        assertThat(detection.runFor(s.ids(episode)).closed()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT resolution FROM technical_issue WHERE patient_id = ? AND category = 'LOGIN'",
                String.class, s.patientOf(episode))).isEqualTo(
                        "Closed automatically: the patient logged in and failed logins stopped.");
    }

    @Test
    void aServicesOwnThresholdsChangeTheOutcome() {
        long episode = silentForFiveDays(); // 4 silent London days
        thresholds.save(s.service, new DetectionThresholds(5, 7, 3, 2, 5, 2, 14), "t.admin");
        detection.runFor(s.ids(episode));
        assertThat(s.open(episode, "SYNC")).isNull();

        thresholds.save(s.service, new DetectionThresholds(4, 7, 3, 2, 5, 2, 14), "t.admin");
        detection.runFor(s.ids(episode));
        assertThat(s.open(episode, "SYNC")).isEqualTo("No mood rating for 4 days (threshold 4)");
    }

    @Test
    void statementsPerRunDoNotGrowWithThePatients() {
        List<Long> one = s.ids(silentForFiveDays());
        List<Long> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            thirty.add(s.patientOf(silentForFiveDays()));
        }
        statements.reset();
        detection.runFor(one);
        int forOne = statements.count();
        statements.reset();
        detection.runFor(thirty);

        assertThat(statements.count()).as(String.join("\n", statements.statements())).isEqualTo(forOne);
    }

    @Test
    void dataArrivingRunsTheRulesForThatPatientAfterCommitOnly() {
        long rolledBack = silentForFiveDays();
        long committed = silentForFiveDays();
        DetectionOnArrival onArrival = new DetectionOnArrival(detection, true);
        try {
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                onArrival.onData(new ProgrammeDataArrived(s.patientOf(rolledBack)));
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> onArrival.onData(new ProgrammeDataArrived(s.patientOf(committed))));

            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> s.open(committed, "SYNC") != null);
            assertThat(s.issues(rolledBack)).isZero();
        } finally {
            onArrival.destroy();
        }
    }

    /** Active, last mood rating 5 London days ago: 4 silent days, so SYNC at the default threshold of 3. */
    private long silentForFiveDays() {
        long episode = s.activePatient();
        s.data.mood(episode, london(5, 12));
        return episode;
    }

    private int notes(long episode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue_note n JOIN technical_issue i ON i.id = n.issue_id"
                + " WHERE i.patient_id = ?", Integer.class, s.patientOf(episode));
    }
}
