package care.alliance.demo;

/**
 * The patients a demo is built around, all on pwp.jones's caseload so that signing in as
 * pwp.jones shows each of them. Their names say what is wrong, so a presenter can find them.
 * Everyone else is {@link #NONE}: ordinary patients without these problems, so each case is
 * the only one of its kind and detection queries find exactly it.
 */
enum DemoCast {
    /** Latest PHQ-9 has item 9 scored 2 and an OPEN risk flag (H01). */
    OPEN_RISK("R. Risk"),
    /** Mood reminders delivered again and again within minutes, several times a day, for six days. */
    REMINDER_STORM("S. Storm"),
    /** Reminders still scheduled but no longer delivered for the last five days. */
    REMINDERS_STOPPED("Q. Quiet"),
    /** Repeated failed logins yesterday until the programme locked the account. */
    LOGIN_LOCKED("L. Locked"),
    NONE(null);

    /** Days before today that each problem has been going on. */
    static final int STORM_DAYS = 6;
    static final int STOPPED_DAYS = 5;

    final String displayName;

    DemoCast(String displayName) {
        this.displayName = displayName;
    }

    boolean stormOn(java.time.LocalDate day, java.time.LocalDate today) {
        return this == REMINDER_STORM && !day.isBefore(today.minusDays(STORM_DAYS));
    }

    /** The locked-out patient can do nothing in the app on the day the account was locked. */
    boolean lockedOn(java.time.LocalDate day, java.time.LocalDate today) {
        return this == LOGIN_LOCKED && day.equals(today.minusDays(1));
    }

    boolean silentOn(java.time.LocalDate day, java.time.LocalDate today) {
        return this == REMINDERS_STOPPED && !day.isBefore(today.minusDays(STOPPED_DAYS));
    }
}
