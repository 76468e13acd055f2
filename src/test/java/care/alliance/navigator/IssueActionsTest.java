package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.shared.Registration;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.shared.ui.PatientDataSignals;

/** What a navigator does to an issue: validated, scoped, audited, written down, and safe against a race. */
@AllianceTest
class IssueActionsTest {

    static final String NAV = "t.nav.wk";
    static final String NAV_2 = "t.nav.wk2";
    static final String NAV_SOUTH = "t.nav.wks";
    static final String PWP = "t.pwp.wk";
    static final String MANAGER = "t.mgr.wk";
    static long service;
    static long pwp;
    static final AtomicInteger patients = new AtomicInteger();

    @Autowired
    IssueActions actions;
    @Autowired
    NavigatorQueue queue;
    @Autowired
    TechnicalIssueHistory history;
    @Autowired
    PatientDataSignals signals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        QueueData data = new QueueData(jdbc);
        service = data.caseload.service("t-queue-work");
        data.caseload.staff(NAV, "Nat Work", "NAVIGATOR", service);
        data.caseload.staff(NAV_2, "Noa Work", "NAVIGATOR", service);
        pwp = data.caseload.staff(PWP, "Pia Work", "PWP", service);
        data.caseload.staff(MANAGER, "Mo Work", "MANAGER", service);
        data.caseload.staff(NAV_SOUTH, "Nico South", "NAVIGATOR", data.caseload.service("t-queue-work-south"));
    }

    /** A fresh patient with one open LOGIN issue, so tests never share an issue. */
    private long issue() {
        QueueData data = new QueueData(jdbc);
        long patient = data.patient("wk-" + patients.incrementAndGet(), "W. Patient", service, pwp);
        return data.open(patient, TechnicalIssueCategory.LOGIN, Instant.parse("2026-01-10T09:00:00Z"));
    }

    @Test
    void takeStatusNoteAndResolveEachLeaveALineInTheHistory() {
        long issue = issue();
        as(NAV, () -> {
            actions.take(issue);
            actions.setStatus(issue, IssueStatus.WAITING_ON_PATIENT);
            actions.addNote(issue, "  Asked her to reinstall the app ");
            actions.resolve(issue, "Password reset; she logged in on the phone.");
            return null;
        });

        TechnicalIssue done = history.byId(issue).orElseThrow();
        assertThat(done.status()).isEqualTo(IssueStatus.RESOLVED);
        assertThat(done.assignee()).isEqualTo("Nat Work");
        assertThat(done.resolution()).isEqualTo("Password reset; she logged in on the phone.");
        assertThat(done.resolvedAt()).isNotNull();
        assertThat(as(NAV, () -> queue.detail(issue)).notes()).extracting(IssueNote::text).containsExactly(
                "Taken by Nat Work", "Status set to \"Waiting on patient\" by Nat Work",
                "Note by Nat Work: Asked her to reinstall the app",
                "Resolved by Nat Work: Password reset; she logged in on the phone.");
        assertThat(done.latestNavigatorNote()).as("what the reporting PWP reads on the patient page")
                .isEqualTo("Resolved by Nat Work: Password reset; she logged in on the phone.");
        assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE username = ? AND outcome = 'ALLOWED'"
                + " AND patient_id = (SELECT patient_id FROM technical_issue WHERE id = ?)", String.class, NAV, issue))
                .contains("TECH_ISSUE_TAKE", "TECH_ISSUE_STATUS", "TECH_ISSUE_NOTE", "TECH_ISSUE_RESOLVE");
    }

    @Test
    void takingMovesAnOpenIssueToInProgressAndSomeoneElsesIssueMustBeReleasedFirst() {
        long issue = issue();
        as(NAV, () -> run(() -> actions.take(issue)));
        assertThat(history.byId(issue).orElseThrow().status()).isEqualTo(IssueStatus.IN_PROGRESS);

        assertThatThrownBy(() -> as(NAV_2, () -> run(() -> actions.take(issue))))
                .isInstanceOf(IssueConflictException.class)
                .hasMessage("This issue has already been taken by Nat Work. Nothing was changed.");
        as(NAV_2, () -> run(() -> actions.release(issue)));
        as(NAV_2, () -> run(() -> actions.take(issue)));

        assertThat(history.byId(issue).orElseThrow().assignee()).isEqualTo("Noa Work");
        assertThat(as(NAV, () -> queue.detail(issue)).notes()).extracting(IssueNote::text)
                .contains("Released by Noa Work (was with Nat Work)");
        as(NAV, () -> run(() -> actions.release(issue)));
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.release(issue))))
                .isInstanceOf(IssueConflictException.class).hasMessage("Nobody has taken this issue.");
    }

    @Test
    void badInputIsRefusedWithAMessageAndChangesNothing() {
        long issue = issue();
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.resolve(issue, "  "))))
                .hasMessage("Say how the issue was resolved.");
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.resolve(issue, "x".repeat(1501)))))
                .hasMessage("The resolution is too long: at most 1500 characters.");
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.addNote(issue, null))))
                .hasMessage("Write the note first.");
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.setStatus(issue, IssueStatus.RESOLVED))))
                .hasMessage("To resolve an issue, use Resolve and say how it was resolved.");
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.setStatus(issue, null))))
                .hasMessage("Choose a status.");
        assertThatThrownBy(() -> as(NAV, () -> run(() -> actions.setStatus(issue, IssueStatus.OPEN))))
                .isInstanceOf(IssueConflictException.class).hasMessage("The issue is already \"Open\".");

        TechnicalIssue unchanged = history.byId(issue).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(IssueStatus.OPEN);
        assertThat(unchanged.updatedAt()).isEqualTo(unchanged.openedAt());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue_note WHERE issue_id = ?", Integer.class,
                issue)).isZero();
    }

    @Test
    @DisplayName("H01_ a PWP or manager cannot call the navigator's workflow")
    void H01_onlyNavigatorsWorkIssues() {
        long issue = issue();
        for (String user : List.of(PWP, MANAGER)) {
            assertThatThrownBy(() -> as(user, () -> run(() -> actions.take(issue))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> run(() -> actions.resolve(issue, "done"))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> run(() -> actions.addNote(issue, "hi"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(history.byId(issue).orElseThrow().status()).isEqualTo(IssueStatus.OPEN);
    }

    @Test
    @DisplayName("H02_ a navigator of another service cannot act on the issue; the attempt is audited")
    void H02_otherServiceRefused() {
        long issue = issue();
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> run(() -> actions.resolve(issue, "not mine"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(history.byId(issue).orElseThrow().status()).isEqualTo(IssueStatus.OPEN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = "
                + "'TECH_ISSUE_RESOLVE' AND outcome = 'DENIED' AND patient_id = (SELECT patient_id FROM"
                + " technical_issue WHERE id = ?)", Integer.class, NAV_SOUTH, issue)).isOne();
    }

    @Test
    void anOpenPatientPageHearsOfTheNavigatorsWork() {
        long issue = issue();
        long patient = jdbc.queryForObject("SELECT patient_id FROM technical_issue WHERE id = ?", Long.class, issue);
        AtomicInteger heard = new AtomicInteger();
        Registration registration = signals.onChange(patient, heard::incrementAndGet);
        try {
            as(NAV, () -> run(() -> actions.take(issue)));
            as(NAV, () -> run(() -> actions.addNote(issue, "Called the patient")));
        } finally {
            registration.remove();
        }
        assertThat(heard).hasValue(2);
    }

    @Test
    void twoNavigatorsResolvingAtOnce_oneWinsAndTheOtherIsToldWhoAndChangesNothing() throws Exception {
        long issue = issue();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (String nav : List.of(NAV, NAV_2)) {
                outcomes.add(pool.submit(() -> as(nav, () -> {
                    try {
                        start.await();
                        actions.resolve(issue, "Fixed by " + nav);
                        return "won";
                    } catch (IssueConflictException lost) {
                        return lost.getMessage();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                    }
                })));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("won"::equals).hasSize(1);
            String winner = results.getFirst().equals("won") ? "Nat Work" : "Noa Work";
            assertThat(results).filteredOn(r -> !r.equals("won")).singleElement().asString()
                    .startsWith("This issue was already resolved by " + winner + " on ")
                    .endsWith("Nothing was changed.");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue_note WHERE issue_id = ?", Integer.class,
                issue)).as("one resolution line").isOne();
    }

    private static Void run(Runnable action) {
        action.run();
        return null;
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
