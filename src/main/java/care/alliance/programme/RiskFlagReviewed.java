package care.alliance.programme;

/** A clinician recorded the review that closes a risk flag. Ids only. */
public record RiskFlagReviewed(long riskFlagId, long patientId) {
}
