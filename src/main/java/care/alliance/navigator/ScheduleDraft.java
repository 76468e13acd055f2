package care.alliance.navigator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A proposed reminder schedule, as the navigator's editor or a test builds it; {@link ReminderSchedules}
 * validates it. {@code quietHours} and {@code pausedUntil} may be null.
 */
public record ScheduleDraft(List<Reminder> reminders, Set<DayOfWeek> days, QuietHours quietHours, boolean paused,
        LocalDate pausedUntil, String pauseReason, String reason) {

    public ScheduleDraft withQuiet(QuietHours quiet) {
        return new ScheduleDraft(reminders, days, quiet, paused, pausedUntil, pauseReason, reason);
    }
}
