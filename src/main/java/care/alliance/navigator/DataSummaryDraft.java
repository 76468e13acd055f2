package care.alliance.navigator;

import java.util.List;

/**
 * What the navigator's summary page shows: the patient, the facts generated now, which the navigator
 * publishes with their words, and the summaries published before, newest first.
 */
public record DataSummaryDraft(long patientId, String patientName, String programmeId, DataSummaryFacts facts,
        List<DataSummary> published) {

    public DataSummaryDraft {
        published = List.copyOf(published);
    }
}
