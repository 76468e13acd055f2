package care.alliance.navigator;

/**
 * The onboarding checklist of clinical.md §5, in its order. The constant names are the stored values
 * (V11); {@link #label()} is what staff read. The digital-skills step records what was found, so it
 * cannot be ticked without a note.
 */
public enum OnboardingStep {
    ACCOUNT_CREATED("Account created"),
    APP_INSTALLED("App installed"),
    FIRST_LOGIN("First login succeeded"),
    NOTIFICATION_TEST("Notification test delivered and acknowledged"),
    REMINDER_SCHEDULE("Reminder schedule agreed"),
    FIRST_MOOD_RATING("First mood rating received"),
    DIGITAL_SKILLS("Digital-skills needs noted");

    public static final int COUNT = values().length;

    private final String label;

    OnboardingStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsNote() {
        return this == DIGITAL_SKILLS;
    }
}
