package care.alliance.navigator;

import java.time.Instant;

/** A technical issue as the patient page and the queue show it; names, not staff ids. */
public record TechnicalIssue(long id, long patientId, TechnicalIssueCategory category, IssueSource source,
        IssueStatus status, String description, String reportedBy, String assignee, Instant openedAt,
        Instant updatedAt, Instant resolvedAt, String resolution) {

    public boolean resolved() {
        return status == IssueStatus.RESOLVED;
    }
}
