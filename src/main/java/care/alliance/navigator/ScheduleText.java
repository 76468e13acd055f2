package care.alliance.navigator;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import care.alliance.shared.ui.DisplayTime;

/**
 * The words for a schedule, shared by the navigator's page, the PWP's patient page, the history and the
 * confirmation, so that both staff read the same schedule the same way.
 */
public final class ScheduleText {

    private ScheduleText() {
    }

    /**
     * The version in force in words, e.g. "Version 2: Mood reminder at 19:00; every day (times in
     * Europe/London; changed by Nell Remind on Tue 24 Nov 2026, 10:00)"; version 1 was "agreed", later
     * ones "changed". Only for an agreed schedule: each page words "not agreed yet" for its own reader.
     */
    public static String inForce(ReminderSchedule schedule) {
        if (!schedule.agreed()) {
            throw new IllegalArgumentException("No schedule is agreed for patient " + schedule.patientId());
        }
        return "Version " + schedule.version() + ": " + schedule.describe() + " (times in " + schedule.zone().getId()
                + "; " + (schedule.version() == 1 ? "agreed" : "changed") + " by " + schedule.changedBy() + " on "
                + DisplayTime.dateTime(schedule.changedAt()) + ")";
    }

    public static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.isEmpty()) {
            return "no days";
        }
        return Arrays.stream(DayOfWeek.values()).filter(days::contains).map(ScheduleText::day)
                .collect(Collectors.joining(", "));
    }

    /** "Mon", "Tue", ...; the plan API uses the upper-case form. */
    public static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.UK);
    }
}
