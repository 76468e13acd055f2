package care.alliance.caseload;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import care.alliance.navigator.TechnicalIssueReported;
import care.alliance.programme.ProgrammeDataArrived;
import care.alliance.programme.RiskFlagReviewed;
import care.alliance.shared.ui.PatientDataSignals;

/**
 * New programme data, a flag review, an issue report or a message marked read, once committed,
 * refreshes any open page of that patient (the acting user's own page included: one way to refresh).
 */
@Component
class DataArrivals {

    private final PatientDataSignals signals;

    DataArrivals(PatientDataSignals signals) {
        this.signals = signals;
    }

    @TransactionalEventListener
    void onData(ProgrammeDataArrived event) {
        signals.changed(event.patientId());
    }

    @TransactionalEventListener
    void onReview(RiskFlagReviewed event) {
        signals.changed(event.patientId());
    }

    @TransactionalEventListener
    void onIssue(TechnicalIssueReported event) {
        signals.changed(event.patientId());
    }

    @TransactionalEventListener
    void onMessageRead(MessageMarkedRead event) {
        signals.changed(event.patientId());
    }
}
