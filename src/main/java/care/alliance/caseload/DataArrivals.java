package care.alliance.caseload;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import care.alliance.programme.ProgrammeDataArrived;
import care.alliance.shared.ui.PatientDataSignals;

/** New programme data, once committed, refreshes any open page of that patient. */
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
}
