package care.alliance.programme;

/** The programme's notifications (api.md); {@link #label()} is what staff read. */
public enum NotificationKind {
    MOOD_REMINDER("Mood reminder"), ACTIVITY_REMINDER("Activity reminder"), MESSAGE_ALERT("Message alert");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
