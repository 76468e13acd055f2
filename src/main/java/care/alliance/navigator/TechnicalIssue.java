package care.alliance.navigator;

import java.time.Instant;

/**
 * A technical issue as the patient page and the queue show it; names, not staff ids.
 * {@code latestNavigatorNote} is the newest line a navigator wrote on it (a note, or what they did).
 */
public record TechnicalIssue(long id, long patientId, TechnicalIssueCategory category, IssueSource source,
        IssueStatus status, String description, String reportedBy, String assignee, Instant openedAt,
        Instant updatedAt, Instant resolvedAt, String resolution,
        String latestNavigatorNote) {

    public boolean resolved() {
        return status == IssueStatus.RESOLVED;
    }
}
