package care.alliance.programme;

import java.time.Instant;

/** A risk flag with its review, if any: who reviewed it, when, and what they noted (H01). */
public record RiskFlag(long id, long patientId, Instant raisedAt, String reason, boolean open,
        String reviewedBy, Instant reviewedAt, String reviewNote) {
}
