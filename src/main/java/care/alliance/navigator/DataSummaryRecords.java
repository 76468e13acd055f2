package care.alliance.navigator;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import care.alliance.navigator.internal.DataSummaryTable;

/**
 * Published summaries as read by the patient page and the digest build, which have already scoped and
 * audited their patient read (the page's PATIENT_READ, the build's DIGEST_BUILD): not a security
 * boundary, like {@link TechnicalIssueHistory}.
 */
@Component
public class DataSummaryRecords {

    private final DataSummaryTable table;

    DataSummaryRecords(DataSummaryTable table) {
        this.table = table;
    }

    public Optional<DataSummary> latest(long patientId) {
        return table.recent(patientId, 1).stream().findFirst();
    }

    /** The newest summary published at or after {@code since}: one the PWP has not had in an earlier digest. */
    public Optional<DataSummary> latestSince(long patientId, Instant since) {
        return table.latestSince(patientId, since);
    }
}
