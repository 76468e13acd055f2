package care.alliance.navigator;

/**
 * The triage taxonomy of clinical.md §5, in its order. The constant names are the API's wire names
 * (api.md, {@code GET /api/v1/issues}) and the stored values; {@link #label()} is what staff read.
 */
public enum TechnicalIssueCategory {
    LOGIN("Login or credentials"),
    NOTIFICATIONS_MISSING("Notifications not arriving"),
    NOTIFICATIONS_EXCESSIVE("Too many notifications"),
    DEVICE_SETTINGS("Device permissions or power settings"),
    SYNC("Data not syncing"),
    CRASH("App crash or error"),
    CONTENT("Content or feature confusion"),
    OTHER("Other");

    private final String label;

    TechnicalIssueCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
