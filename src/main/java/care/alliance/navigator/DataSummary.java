package care.alliance.navigator;

import java.time.Instant;

/**
 * One published data summary: the facts as they were when the navigator published, and the navigator's
 * own words. Never changed; the newest of a patient's summaries is the current one.
 */
public record DataSummary(long id, long patientId, String author, Instant publishedAt, DataSummaryFacts facts,
        String words) {
}
