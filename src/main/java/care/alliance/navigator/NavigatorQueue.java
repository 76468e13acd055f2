package care.alliance.navigator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.internal.IssueTable;
import care.alliance.patients.PatientRecord;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * The navigator's triage queue, scoped to their own service (H02), for a lazy grid: count and page are
 * one statement each, whatever the queue's length. A page read is one audit row (H13) naming no
 * patient; opening an issue is the scoped, audited patient read of {@link IssueAccess}.
 */
@Service
public class NavigatorQueue {

    static final int MAX_PAGE = 500;

    private final IssueTable table;
    private final IssueAccess access;
    private final TechnicalIssueHistory history;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    NavigatorQueue(IssueTable table, IssueAccess access, TechnicalIssueHistory history, CurrentUser currentUser,
            AuditLog audit, Clock clock) {
        this.table = table;
        this.access = access;
        this.history = history;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public int count(IssueQueueFilter filter) {
        StaffIdentity user = currentUser.require();
        return table.count(user.serviceId(), user.id(), filter);
    }

    /** {@code sort} empty = most severe first, then longest waiting. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public List<QueueRow> page(IssueQueueFilter filter, int offset, int limit, List<QueueSort.Order> sort) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + MAX_PAGE);
        }
        StaffIdentity user = currentUser.require();
        List<QueueRow> rows = table.page(user.serviceId(), user.id(), filter, sort, offset, limit, clock.instant());
        audit.record(user.username(), user.role().name(), null, "NAVIGATOR_QUEUE_LIST",
                rows.size() + " issues listed from " + offset + describe(filter), AuditOutcome.ALLOWED);
        return rows;
    }

    /**
     * An issue with its history, oldest line first, the patient's name and PWP, and whether a risk flag
     * is open (H01: that it exists and whom to tell, never what it says).
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public IssueDetail detail(long issueId) {
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_READ");
        StaffIdentity user = currentUser.require();
        TechnicalIssue issue = history.byId(issueId).orElseThrow();
        IssueTable.Contact contact = table.contact(patient.pwpId(), patient.id());
        IssueTable.State state = table.state(issueId);
        Instant now = clock.instant();
        Instant until = issue.resolved() ? issue.resolvedAt() : now;
        return new IssueDetail(issue, patient.displayName(), patient.programmeId(), contact.pwpName(),
                contact.riskFlagOpen(), state.assigneeId() != null && state.assigneeId() == user.id(),
                access.sla().elapsed(issue.openedAt(), until), !issue.resolved() && access.sla().overdue(issue.openedAt(), now),
                table.notes(issueId));
    }

    /** The filter without the search text itself, which may hold part of a patient's name. */
    private static String describe(IssueQueueFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add("status " + filter.status());
        }
        if (filter.category() != null) {
            parts.add("category " + filter.category());
        }
        if (filter.source() != null) {
            parts.add("source " + filter.source());
        }
        if (filter.assigned() != null) {
            parts.add("assigned " + filter.assigned());
        }
        if (filter.search() != null) {
            parts.add("search");
        }
        return parts.isEmpty() ? "" : "; filter: " + String.join(", ", parts);
    }
}
