package care.alliance.timebudget;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One ledger entry as the PWP (or their manager) sees it. {@code state} and {@code capturedMinutes} are
 * null for MANUAL entries; {@code originWithdrawn} marks a confirmed entry whose appointment was later
 * recorded as not attended. {@code version} goes back with every change (optimistic conflicts).
 */
public record TimeEntry(long id, long pwpId, LocalDate workDate, int minutes, TimeKind kind, Long patientId,
        String patientName, EntrySource source, EntryState state, Integer capturedMinutes, String origin,
        boolean originWithdrawn, String note, Instant createdAt, Instant confirmedAt, int version) {

    public boolean counts() {
        return state == null || state.counts();
    }
}
