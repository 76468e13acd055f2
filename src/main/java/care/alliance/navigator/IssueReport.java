package care.alliance.navigator;

/**
 * What happened to a report: a new issue, or (one unresolved issue per patient and category, H10)
 * a note on the issue already open for that category.
 */
public record IssueReport(long issueId, boolean addedToOpenIssue) {
}
