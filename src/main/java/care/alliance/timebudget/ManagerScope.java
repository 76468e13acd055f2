package care.alliance.timebudget;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.security.Role;
import care.alliance.security.StaffIdentity;
import care.alliance.security.StaffLookup;
import care.alliance.security.StaffSummary;

/**
 * The one check for a manager acting on a PWP's ledger or budget: the PWP must be of the manager's own
 * service. "No such PWP" and "another service's" get the same audited refusal (H13).
 */
@Component
class ManagerScope {

    private final StaffLookup staff;
    private final AuditLog audit;

    ManagerScope(StaffLookup staff, AuditLog audit) {
        this.staff = staff;
        this.audit = audit;
    }

    StaffSummary requirePwpOfMyService(StaffIdentity manager, long pwpId, String action) {
        StaffSummary pwp = staff.byId(pwpId).orElse(null);
        if (pwp == null || pwp.role() != Role.PWP || !Objects.equals(pwp.serviceId(), manager.serviceId())) {
            audit.record(manager.username(), manager.role().name(), null, action, "staff " + pwpId,
                    AuditOutcome.DENIED);
            throw new AccessDeniedException("You do not have access to this PWP's time");
        }
        return pwp;
    }
}
