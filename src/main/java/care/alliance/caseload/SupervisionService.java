package care.alliance.caseload;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.caseload.internal.SupervisionQuery;
import care.alliance.outcomes.LiveStatus;
import care.alliance.security.CurrentUser;
import care.alliance.security.Role;
import care.alliance.security.StaffIdentity;

/**
 * The supervision list: open episodes that reliably deteriorated or are not improving by session 4
 * (clinical.md §2). A PWP sees their own, a manager their service's (H02); each page read is audited
 * (H13), as a manager opening it reads individual records.
 */
@Service
public class SupervisionService {

    /** The live statuses that put an episode on the list (and on a PWP's "needs attention"). */
    public static final List<LiveStatus> STATUSES = List.of(LiveStatus.RELIABLY_DETERIORATED,
            LiveStatus.NOT_IMPROVING_BY_SESSION_4);

    private final SupervisionQuery query;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    SupervisionService(SupervisionQuery query, CurrentUser currentUser, AuditLog audit) {
        this.query = query;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public int count() {
        return query.count(scope(currentUser.require()));
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<SupervisionRow> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > CaseloadService.MAX_PAGE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + CaseloadService.MAX_PAGE);
        }
        StaffIdentity user = currentUser.require();
        List<SupervisionRow> rows = query.page(scope(user), offset, limit);
        audit.record(user.username(), user.role().name(), null, "SUPERVISION_LIST",
                rows.size() + " episodes listed from " + offset, AuditOutcome.ALLOWED);
        return rows;
    }

    private static SupervisionQuery.Scope scope(StaffIdentity user) {
        if (user.role() == Role.PWP) {
            return new SupervisionQuery.Scope(false, user.id());
        }
        if (user.serviceId() == null) {
            throw new AccessDeniedException("A manager without a service has no supervision list");
        }
        return new SupervisionQuery.Scope(true, user.serviceId());
    }
}
