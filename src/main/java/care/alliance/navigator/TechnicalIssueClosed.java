package care.alliance.navigator;

/** A technical issue was closed (by detection, when its condition cleared). Ids only. */
public record TechnicalIssueClosed(long issueId, long patientId) {
}
