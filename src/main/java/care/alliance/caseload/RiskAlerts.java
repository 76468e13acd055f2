package care.alliance.caseload;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import care.alliance.patients.PatientDirectory;
import care.alliance.programme.RiskFlagRaised;
import care.alliance.shared.ui.UserNotifications;

/**
 * H01: the moment a risk flag is committed, the patient's PWP sees it in every open tab. The
 * message carries the programme id only; the name is one click away, behind an audited read.
 */
@Component
class RiskAlerts {

    private final PatientDirectory directory;
    private final UserNotifications notifications;

    RiskAlerts(PatientDirectory directory, UserNotifications notifications) {
        this.directory = directory;
        this.notifications = notifications;
    }

    @TransactionalEventListener
    void onRiskFlag(RiskFlagRaised event) {
        directory.routing(event.patientId()).ifPresent(route -> notifications.notifyStaff(route.pwpId(),
                "Risk flag for patient " + route.programmeId()
                        + ": PHQ-9 item 9 was answered above 0. Review it now."));
    }
}
