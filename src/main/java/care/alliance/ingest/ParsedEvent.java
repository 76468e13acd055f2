package care.alliance.ingest;

import java.time.Instant;

import care.alliance.programme.FactContent;

/** One element of the request's events array after validation, remembered by its position. */
sealed interface ParsedEvent {

    int index();

    /** The sender's id when it was a valid id, else null (the result still says which position failed). */
    String id();

    record Valid(int index, String id, String patient, Instant occurredAt, String contentHash,
            FactContent content) implements ParsedEvent {
    }

    record Invalid(int index, String id, String error) implements ParsedEvent {
    }
}
