package care.alliance.navigator;

/** A navigator took, released, noted, moved or resolved an issue. Ids only. */
public record TechnicalIssueUpdated(long issueId, long patientId) {
}
