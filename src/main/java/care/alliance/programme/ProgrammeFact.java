package care.alliance.programme;

import java.time.Instant;
import java.util.Objects;

/**
 * One accepted programme event, ready to become state.
 *
 * @param sourceEventId the raw event's row (programme_event.id): a fact is stored at most once per raw event
 * @param eventId       the sender's id of the event, kept on the fact for look-ups
 * @param occurredAt    when it happened on the patient's side; the only time that orders state (H05)
 */
public record ProgrammeFact(long sourceEventId, String eventId, long patientId, Instant occurredAt,
        FactContent content) {

    public ProgrammeFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(content, "content");
    }
}
