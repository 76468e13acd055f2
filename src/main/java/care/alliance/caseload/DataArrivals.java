package care.alliance.caseload;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.alliance.navigator.DataSummaryPublished;
import care.alliance.navigator.ReminderScheduleChanged;
import care.alliance.navigator.TechnicalIssueClosed;
import care.alliance.navigator.TechnicalIssueReported;
import care.alliance.navigator.TechnicalIssueUpdated;
import care.alliance.programme.ProgrammeDataArrived;
import care.alliance.programme.RiskFlagReviewed;
import care.alliance.shared.ui.PatientDataSignals;

/**
 * New programme data, a flag review, an issue report, a navigator's work on it or its closure, a
 * navigator's data summary or reminder schedule, or a message marked read, once committed, refreshes any open page of that patient (the acting user's own
 * page included: one way to refresh).
 * Deliberately not {@code @TransactionalEventListener}s: Spring Modulith records every such
 * listener's events in its publication registry (a row per patient per ingest batch, and a
 * transaction of its own to mark it complete after commit), which cut ingest from ~26k to ~1k
 * events/s. A refresh signal to open tabs has nothing to replay after a crash, so an after-commit
 * callback is all it needs.
 */
@Component
class DataArrivals {

    private final PatientDataSignals signals;

    DataArrivals(PatientDataSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void onData(ProgrammeDataArrived event) {
        afterCommit(event.patientId());
    }

    @EventListener
    void onReview(RiskFlagReviewed event) {
        afterCommit(event.patientId());
    }

    @EventListener
    void onIssue(TechnicalIssueReported event) {
        afterCommit(event.patientId());
    }

    /** A navigator's work on an issue: the reporting PWP's open page shows the new state at once. */
    @EventListener
    void onIssueWork(TechnicalIssueUpdated event) {
        afterCommit(event.patientId());
    }

    @EventListener
    void onIssueClosed(TechnicalIssueClosed event) {
        afterCommit(event.patientId());
    }

    /** A navigator's new data summary: the PWP's open page shows it at once. */
    @EventListener
    void onSummary(DataSummaryPublished event) {
        afterCommit(event.patientId());
    }

    /** A navigator's new version of the reminder schedule: the PWP's open page shows it at once. */
    @EventListener
    void onSchedule(ReminderScheduleChanged event) {
        afterCommit(event.patientId());
    }

    @EventListener
    void onMessageRead(MessageMarkedRead event) {
        afterCommit(event.patientId());
    }

    private void afterCommit(long patientId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signals.changed(patientId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.changed(patientId);
            }
        });
    }
}
