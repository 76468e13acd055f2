package care.alliance.navigator;

import java.time.LocalTime;

import care.alliance.programme.NotificationKind;

/** One daily reminder of a schedule: its kind and the patient's local time, to the minute. */
public record Reminder(NotificationKind kind, LocalTime time) {

    public String label() {
        return kind.label() + " at " + time;
    }
}
