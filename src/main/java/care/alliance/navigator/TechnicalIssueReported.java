package care.alliance.navigator;

/** A technical issue was opened, or a report was added to an open one. Ids only. */
public record TechnicalIssueReported(long issueId, long patientId) {
}
