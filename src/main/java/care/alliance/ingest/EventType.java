package care.alliance.ingest;

/** The event types of api.md; the names are the contract's and the raw store's. */
enum EventType {
    MOOD, QUESTIONNAIRE, LOGIN, MODULE_PROGRESS, NOTIFICATION, DIARY, MESSAGE
}
