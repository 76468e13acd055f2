package care.alliance.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One element of the response's results, in request order; id is null when the sent id was unusable. */
record EventResult(String id, EventStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) String error) {

    static final String CONFLICT = "conflict: event id already used with different content";

    static EventResult accepted(String id) {
        return new EventResult(id, EventStatus.ACCEPTED, null);
    }

    static EventResult duplicate(String id) {
        return new EventResult(id, EventStatus.DUPLICATE, null);
    }

    static EventResult rejected(String id, String error) {
        return new EventResult(id, EventStatus.REJECTED, error);
    }

    /** Same id as stored content: a retry if the content matches, else a conflict. */
    static EventResult againstStored(String id, String sentHash, String storedHash) {
        return sentHash.equals(storedHash) ? duplicate(id) : rejected(id, CONFLICT);
    }
}
