package care.alliance.navigator;

/** A navigator published a data summary for the PWP. Ids only: listeners read what they need. */
public record DataSummaryPublished(long patientId, long summaryId) {
}
