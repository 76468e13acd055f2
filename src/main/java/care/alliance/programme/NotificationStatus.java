package care.alliance.programme;

/** Life cycle of one notification; each step arrives as its own event. */
public enum NotificationStatus {
    SCHEDULED, DELIVERED, OPENED, DISMISSED
}
