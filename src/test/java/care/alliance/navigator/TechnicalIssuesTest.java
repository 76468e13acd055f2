package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
class TechnicalIssuesTest {

    @Autowired
    TechnicalIssues issues;
    @Autowired
    TechnicalIssueHistory history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    long patient;

    @BeforeEach
    @AfterEach
    void noIssues() {
        patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        jdbc.update("DELETE n FROM technical_issue_note n JOIN technical_issue i ON i.id = n.issue_id WHERE i.patient_id = ?", patient);
        jdbc.update("DELETE FROM technical_issue WHERE patient_id = ?", patient);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void pwpHandsAProblemToTheNavigatorAndTheReportIsAudited() {
        long audits = audits("ALLOWED");
        IssueReport report = issues.report(patient, TechnicalIssueCategory.LOGIN, "  Forgot her password twice this week ");

        assertThat(report.addedToOpenIssue()).isFalse();
        assertThat(history.forPatient(patient)).singleElement().satisfies(issue -> {
            assertThat(issue.id()).isEqualTo(report.issueId());
            assertThat(issue.category()).isEqualTo(TechnicalIssueCategory.LOGIN);
            assertThat(issue.source()).isEqualTo(IssueSource.PWP_REPORT);
            assertThat(issue.status()).isEqualTo(IssueStatus.OPEN);
            assertThat(issue.description()).isEqualTo("Forgot her password twice this week");
            assertThat(issue.reportedBy()).isEqualTo("Alex Test");
        });
        assertThat(audits("ALLOWED")).isEqualTo(audits + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H10_aSecondReportOfAnOpenCategoryBecomesANoteNotASecondIssue() {
        IssueReport first = issues.report(patient, TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE, "Six reminders a day");
        IssueReport second = issues.report(patient, TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE, "Still buzzing");
        IssueReport other = issues.report(patient, TechnicalIssueCategory.CRASH, "Crashes on the diary");

        assertThat(second.addedToOpenIssue()).isTrue();
        assertThat(second.issueId()).isEqualTo(first.issueId());
        assertThat(other.issueId()).isNotEqualTo(first.issueId());
        assertThat(history.forPatient(patient)).hasSize(2);
        assertThat(jdbc.queryForList("SELECT text FROM technical_issue_note WHERE issue_id = ?", String.class, first.issueId()))
                .containsExactly("Reported again by Alex Test: Still buzzing");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aResolvedIssueFreesItsCategoryAndStaysInTheHistory() {
        IssueReport first = issues.report(patient, TechnicalIssueCategory.LOGIN, "Locked out");
        jdbc.update("UPDATE technical_issue SET status = 'RESOLVED', resolved_at = NOW(6), resolution = 'Reset' WHERE id = ?",
                first.issueId());

        IssueReport again = issues.report(patient, TechnicalIssueCategory.LOGIN, "Locked out again");

        assertThat(again.addedToOpenIssue()).isFalse();
        assertThat(history.forPatient(patient)).extracting(TechnicalIssue::status)
                .containsExactly(IssueStatus.OPEN, IssueStatus.RESOLVED);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void badReportsAreRefusedWithAMessageAndStoreNothing() {
        assertThatThrownBy(() -> issues.report(patient, null, "text")).hasMessage("Choose the kind of problem.");
        assertThatThrownBy(() -> issues.report(patient, TechnicalIssueCategory.OTHER, "   "))
                .hasMessage("Describe the problem for the navigator.");
        assertThatThrownBy(() -> issues.report(patient, TechnicalIssueCategory.OTHER, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issues.report(patient, TechnicalIssueCategory.OTHER, "x".repeat(2001)))
                .hasMessageContaining("at most 2000");
        assertThat(history.forPatient(patient)).isEmpty();
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_B, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H02_aPwpCannotReportForAnotherPwpsPatient() {
        long denied = audits(Fixtures.PWP_B, "DENIED");
        assertThatThrownBy(() -> issues.report(patient, TechnicalIssueCategory.LOGIN, "Not my patient"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(history.forPatient(patient)).isEmpty();
        assertThat(audits(Fixtures.PWP_B, "DENIED")).isEqualTo(denied + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorCannotReport() {
        assertThatThrownBy(() -> issues.report(patient, TechnicalIssueCategory.LOGIN, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = Fixtures.NAVIGATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aNavigatorsOwnIssueSaysSo() {
        issues.report(patient, TechnicalIssueCategory.DEVICE_SETTINGS, "Battery saver kills reminders");
        assertThat(history.forPatient(patient)).singleElement()
                .extracting(TechnicalIssue::source).isEqualTo(IssueSource.NAVIGATOR);
    }

    @Test
    void H10_clinicansReportingAtOnceStillGiveOneIssue() throws Exception {
        int reporters = 8;
        UserDetails pwp = users.loadUserByUsername(Fixtures.PWP_A);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(reporters);
        try {
            List<Future<IssueReport>> reports = new ArrayList<>();
            for (int i = 0; i < reporters; i++) {
                int n = i;
                reports.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(pwp, null, pwp.getAuthorities()));
                    start.await();
                    return issues.report(patient, TechnicalIssueCategory.SYNC, "Report " + n);
                }));
            }
            start.countDown();
            List<IssueReport> done = new ArrayList<>();
            for (Future<IssueReport> report : reports) {
                done.add(report.get());
            }
            assertThat(done).extracting(IssueReport::issueId).containsOnly(done.getFirst().issueId());
            assertThat(done).filteredOn(r -> !r.addedToOpenIssue()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(history.forPatient(patient)).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue_note n JOIN technical_issue i ON i.id = n.issue_id"
                + " WHERE i.patient_id = ?", Integer.class, patient)).isEqualTo(reporters - 1);
    }

    private long audits(String outcome) {
        return audits(Fixtures.PWP_A, outcome);
    }

    private long audits(String username, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'TECH_ISSUE_REPORT' AND outcome = ?", Long.class, username, patient, outcome);
    }
}
