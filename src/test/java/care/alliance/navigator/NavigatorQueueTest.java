package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import care.alliance.StatementCounter;
import care.alliance.navigator.IssueQueueFilter.Assigned;

/** The navigator's queue: scoped to their service, filtered and sorted in SQL, one statement per read. */
@AllianceTest
class NavigatorQueueTest {

    static final String NAV = "t.nav.ql";
    static final String NAV_2 = "t.nav.ql2";
    static final String NAV_SOUTH = "t.nav.qls";
    static final String PWP = "t.pwp.ql";
    static final String MANAGER = "t.mgr.ql";
    static long login;
    static long missing;
    static long sync;
    static long content;
    static long southIssue;

    @Autowired
    NavigatorQueue queue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StatementCounter statements;

    @BeforeAll
    static void queue(@Autowired JdbcTemplate jdbc) {
        QueueData data = new QueueData(jdbc);
        long service = data.caseload.service("t-queue-list");
        long nav = data.caseload.staff(NAV, "Nia Queue", "NAVIGATOR", service);
        long nav2 = data.caseload.staff(NAV_2, "Noor Queue", "NAVIGATOR", service);
        long pwp = data.caseload.staff(PWP, "Pat Queue", "PWP", service);
        data.caseload.staff(MANAGER, "Max Queue", "MANAGER", service);
        long alpha = data.patient("ql-1", "Q. Alpha", service, pwp);
        long beta = data.patient("ql-2", "Q. Beta", service, pwp);
        long gamma = data.patient("ql-3", "Q. Gamma", service, pwp);
        login = data.issue(alpha, TechnicalIssueCategory.LOGIN, IssueSource.DETECTED, IssueStatus.IN_PROGRESS,
                Instant.parse("2026-01-10T09:00:00Z"), nav);
        missing = data.issue(alpha, TechnicalIssueCategory.NOTIFICATIONS_MISSING, IssueSource.DETECTED,
                IssueStatus.IN_PROGRESS, Instant.now().minus(1, ChronoUnit.HOURS), nav2);
        sync = data.issue(gamma, TechnicalIssueCategory.SYNC, IssueSource.NAVIGATOR, IssueStatus.WAITING_ON_PATIENT,
                Instant.parse("2026-01-11T09:00:00Z"), null);
        content = data.issue(beta, TechnicalIssueCategory.CONTENT, IssueSource.PWP_REPORT, IssueStatus.OPEN,
                Instant.parse("2026-01-12T09:00:00Z"), null);
        data.issue(beta, TechnicalIssueCategory.OTHER, IssueSource.PWP_REPORT, IssueStatus.RESOLVED,
                Instant.parse("2026-01-09T09:00:00Z"), null);
        data.riskFlags(alpha);
        long south = data.caseload.service("t-queue-list-south");
        data.caseload.staff(NAV_SOUTH, "Nell South", "NAVIGATOR", south);
        long southPwp = data.caseload.staff("t.pwp.qls", "Sid South", "PWP", south);
        southIssue = data.open(data.patient("qls-1", "S. Delta", south, southPwp), TechnicalIssueCategory.LOGIN,
                Instant.parse("2026-01-10T09:00:00Z"));
    }

    @Test
    void unresolvedIssuesOfMyServiceMostSevereFirstThenLongestWaiting() {
        List<QueueRow> rows = as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 50, List.of()));

        assertThat(rows).extracting(QueueRow::issueId).containsExactly(login, missing, sync, content);
        assertThat(as(NAV, () -> queue.count(IssueQueueFilter.NONE))).isEqualTo(4);
        QueueRow first = rows.getFirst();
        assertThat(first.patientName()).isEqualTo("Q. Alpha");
        assertThat(first.programmeId()).isEqualTo("ql-1");
        assertThat(first.assignee()).isEqualTo("Nia Queue");
        assertThat(first.assignedToMe()).isTrue();
        assertThat(first.overdue()).isTrue();
        assertThat(rows.get(1).overdue()).as("opened an hour ago").isFalse();
        assertThat(rows.get(1).assignedToMe()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = "
                + "'NAVIGATOR_QUEUE_LIST'", Integer.class, NAV)).isPositive();
    }

    @Test
    void sortsByAgeEitherWayAndPages() {
        assertThat(as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 50,
                List.of(new QueueSort.Order(QueueSort.AGE, true))))).extracting(QueueRow::issueId)
                .containsExactly(login, sync, content, missing);
        assertThat(as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 50,
                List.of(new QueueSort.Order(QueueSort.AGE, false))))).extracting(QueueRow::issueId)
                .containsExactly(missing, content, sync, login);
        assertThat(as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 50,
                List.of(new QueueSort.Order(QueueSort.SEVERITY, false))))).extracting(QueueRow::issueId)
                .containsExactly(content, sync, login, missing);
        assertThat(as(NAV, () -> queue.page(IssueQueueFilter.NONE, 1, 2, List.of()))).extracting(QueueRow::issueId)
                .containsExactly(missing, sync);
        assertThatThrownBy(() -> as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 501, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByStatusCategorySourceAssigneeAndSearch() {
        assertThat(ids(new IssueQueueFilter(IssueStatus.WAITING_ON_PATIENT, null, null, null, null))).containsExactly(sync);
        assertThat(ids(new IssueQueueFilter(null, TechnicalIssueCategory.LOGIN, null, null, null))).containsExactly(login);
        assertThat(ids(new IssueQueueFilter(null, null, IssueSource.DETECTED, null, null))).containsExactly(login, missing);
        assertThat(ids(new IssueQueueFilter(null, null, null, Assigned.TO_ME, null))).containsExactly(login);
        assertThat(ids(new IssueQueueFilter(null, null, null, Assigned.UNASSIGNED, null))).containsExactly(sync, content);
        assertThat(ids(new IssueQueueFilter(null, null, null, null, "gamma"))).containsExactly(sync);
        assertThat(ids(new IssueQueueFilter(null, null, null, null, "ql-2"))).as("resolved ones stay out")
                .containsExactly(content);
        assertThat(ids(new IssueQueueFilter(null, null, null, null, "%"))).as("taken literally").isEmpty();
        assertThat(ids(new IssueQueueFilter(IssueStatus.RESOLVED, null, null, null, null))).hasSize(1);
        assertThat(as(NAV, () -> queue.count(new IssueQueueFilter(null, null, null, Assigned.UNASSIGNED, "beta"))))
                .isOne();
    }

    @Test
    @DisplayName("H02_ a navigator's queue holds their own service's issues only")
    void H02_ownServiceOnly() {
        assertThat(as(NAV_SOUTH, () -> queue.page(IssueQueueFilter.NONE, 0, 50, List.of())))
                .extracting(QueueRow::issueId).containsExactly(southIssue);
        assertThat(as(NAV, () -> queue.page(IssueQueueFilter.NONE, 0, 50, List.of())))
                .extracting(QueueRow::issueId).doesNotContain(southIssue);
    }

    @Test
    @DisplayName("H02_ another service's issue, or none at all, is refused and the attempt audited")
    void H02_otherServiceDeniedAndAudited() {
        long alpha = jdbc.queryForObject("SELECT id FROM patient WHERE programme_id = 'ql-1'", Long.class);
        int denied = denied(alpha);
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> queue.detail(login))).isInstanceOf(AccessDeniedException.class);
        assertThat(denied(alpha)).isEqualTo(denied + 1);
        assertThatThrownBy(() -> as(NAV, () -> queue.detail(-5))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id IS NULL"
                + " AND action = 'TECH_ISSUE_READ' AND outcome = 'DENIED'", Integer.class, NAV)).isPositive();
    }

    @Test
    @DisplayName("H01_ a PWP or manager cannot work the queue; it is the navigator's")
    void H01_onlyNavigators() {
        for (String user : List.of(PWP, MANAGER)) {
            assertThatThrownBy(() -> as(user, () -> queue.count(IssueQueueFilter.NONE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> queue.page(IssueQueueFilter.NONE, 0, 10, List.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> queue.detail(login))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("H01_ the issue says a risk flag is open and whom to tell, never the flag's reason or review")
    void H01_riskFlagPresenceOnly() {
        IssueDetail detail = as(NAV, () -> queue.detail(login));

        assertThat(detail.riskFlagOpen()).isTrue();
        assertThat(detail.pwpName()).isEqualTo("Pat Queue");
        assertThat(detail.patientName()).isEqualTo("Q. Alpha");
        assertThat(detail.programmeId()).isEqualTo("ql-1");
        assertThat(detail.toString()).doesNotContain("item 9").doesNotContain("Reviewed at session");
        assertThat(as(NAV, () -> queue.detail(content)).riskFlagOpen()).isFalse();
        long alpha = jdbc.queryForObject("SELECT id FROM patient WHERE programme_id = 'ql-1'", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'TECH_ISSUE_READ' AND outcome = 'ALLOWED'", Integer.class, NAV, alpha)).isPositive();
    }

    @Test
    void openingTheQueue_N_plus_one_sameStatementsFor5And50Issues() {
        QueueData data = new QueueData(jdbc);
        queueOf(data, "t.nav.q5", 5);
        queueOf(data, "t.nav.q50", 50);

        int forFive = statementsToOpen("t.nav.q5", 5);
        List<String> fiveSql = statements.statements();
        int forFifty = statementsToOpen("t.nav.q50", 50);

        assertThat(forFifty).as("statements for 50 issues: %s", statements.statements()).isEqualTo(forFive);
        assertThat(forFive).as("statements for 5 issues: %s", fiveSql).isBetween(1, 6);
    }

    private int statementsToOpen(String navigator, int expected) {
        return as(navigator, () -> {
            statements.reset();
            int count = queue.count(IssueQueueFilter.NONE);
            List<QueueRow> page = queue.page(IssueQueueFilter.NONE, 0, 50, List.of());
            int executed = statements.count();
            assertThat(count).isEqualTo(expected);
            assertThat(page).hasSize(expected);
            return executed;
        });
    }

    private static void queueOf(QueueData data, String navigator, int issues) {
        long service = data.caseload.service("t-" + navigator);
        long nav = data.caseload.staff(navigator, navigator, "NAVIGATOR", service);
        long pwp = data.caseload.staff(navigator + ".pwp", "PWP " + navigator, "PWP", service);
        TechnicalIssueCategory[] categories = TechnicalIssueCategory.values();
        for (int i = 0; i < issues; i++) {
            long patient = data.patient(navigator + "-" + i, "N. " + navigator + " " + i, service, pwp);
            data.issue(patient, categories[i % categories.length], IssueSource.DETECTED, IssueStatus.OPEN,
                    Instant.parse("2026-01-10T09:00:00Z").plusSeconds(i), i % 2 == 0 ? nav : null);
            if (i % 7 == 0) {
                data.riskFlags(patient);
            }
        }
    }

    private List<Long> ids(IssueQueueFilter filter) {
        return as(NAV, () -> queue.page(filter, 0, 50, List.of())).stream().map(QueueRow::issueId).toList();
    }

    private int denied(long patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'TECH_ISSUE_READ' AND outcome = 'DENIED'", Integer.class, NAV_SOUTH, patient);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
