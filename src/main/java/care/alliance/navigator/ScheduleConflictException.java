package care.alliance.navigator;

/**
 * Another navigator saved a new version of the schedule since this one was read: nothing was changed,
 * and the message says who and when, so the user reloads before deciding again.
 */
public class ScheduleConflictException extends IllegalStateException {

    public ScheduleConflictException(String message) {
        super(message);
    }
}
