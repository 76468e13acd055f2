package care.alliance.programme;

/** The programme's notifications (api.md). */
public enum NotificationKind {
    MOOD_REMINDER, ACTIVITY_REMINDER, MESSAGE_ALERT
}
