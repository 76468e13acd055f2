package care.alliance.navigator;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.internal.IssueSla;
import care.alliance.navigator.internal.IssueTable;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * The scope check for anything a navigator does to an issue: the issue's patient must pass
 * {@link PatientService#requireAccess} (navigators: their own service only), which audits the attempt
 * under the action's name (H02, H13). An unknown issue is refused like another service's, and audited.
 * Not a service boundary itself: the calling services carry {@code @PreAuthorize}.
 */
@Component
class IssueAccess {

    private final IssueTable table;
    private final IssueSla sla;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    IssueAccess(IssueTable table, IssueSla sla, PatientService patients, CurrentUser currentUser, AuditLog audit) {
        this.table = table;
        this.sla = sla;
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    PatientRecord require(long issueId, String action) {
        Long patientId = table.patientOf(issueId).orElse(null);
        if (patientId == null) {
            StaffIdentity user = currentUser.require();
            audit.record(user.username(), user.role().name(), null, action, "issue " + issueId, AuditOutcome.DENIED);
            throw new AccessDeniedException("You do not have access to this patient");
        }
        return patients.requireAccess(patientId, action);
    }

    IssueSla sla() {
        return sla;
    }
}
