package care.alliance.navigator;

/**
 * How urgently a category of technical issue stops therapy, so the queue can put the worst first.
 * HIGH: the patient cannot use the programme at all or gets no prompts, so mood ratings and module
 * work stop silently and the PWP sees a "disengaged" patient (login, missing notifications, crashes).
 * MEDIUM: the programme works but data or prompts go wrong, which misleads the PWP or annoys the patient
 * into turning prompts off (sync, too many notifications, device settings). LOW: the patient can carry
 * on while it is sorted (content confusion, other).
 */
public enum IssueSeverity {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High");

    private final String label;

    IssueSeverity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static IssueSeverity of(TechnicalIssueCategory category) {
        return switch (category) {
            case LOGIN, NOTIFICATIONS_MISSING, CRASH -> HIGH;
            case SYNC, NOTIFICATIONS_EXCESSIVE, DEVICE_SETTINGS -> MEDIUM;
            case CONTENT, OTHER -> LOW;
        };
    }
}
