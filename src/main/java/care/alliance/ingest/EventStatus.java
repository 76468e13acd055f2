package care.alliance.ingest;

/** Per-event outcome of api.md. */
enum EventStatus {
    /** Stored now. */
    ACCEPTED,
    /** Same id and same content already stored: a retry, nothing changed. */
    DUPLICATE,
    /** Not stored; {@link EventResult#error()} says why. */
    REJECTED
}
