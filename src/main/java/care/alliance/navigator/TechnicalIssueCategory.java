package care.alliance.navigator;

/** The triage taxonomy of clinical.md §5, in its order; {@link #label()} is what staff read. */
public enum TechnicalIssueCategory {
    LOGIN("Login or credentials"),
    NOTIFICATIONS_MISSING("Notifications not arriving"),
    NOTIFICATIONS_TOO_MANY("Too many notifications"),
    DEVICE_SETTINGS("Device permissions or power settings"),
    DATA_NOT_SYNCING("Data not syncing"),
    APP_CRASH("App crash or error"),
    CONTENT_CONFUSION("Content or feature confusion"),
    OTHER("Other");

    private final String label;

    TechnicalIssueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
