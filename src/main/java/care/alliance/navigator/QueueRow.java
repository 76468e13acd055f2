package care.alliance.navigator;

import java.time.Instant;

/**
 * One issue in the navigator's queue. {@code overdue} and {@code workingDaysOpen} are computed against
 * the service level ({@code alliance.navigator.sla-working-days}) when the page is read.
 */
public record QueueRow(long issueId, long patientId, String patientName, String programmeId,
        TechnicalIssueCategory category, IssueSource source, IssueStatus status, String assignee,
        boolean assignedToMe, Instant openedAt, int workingDaysOpen, boolean overdue) {

    public IssueSeverity severity() {
        return IssueSeverity.of(category);
    }
}
