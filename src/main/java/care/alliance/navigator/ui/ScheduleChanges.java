package care.alliance.navigator.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import care.alliance.navigator.QuietHours;
import care.alliance.navigator.Reminder;
import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.ScheduleDraft;
import care.alliance.navigator.ScheduleText;

/** What a save would change, line by line ("Days: every day → Mon, Wed"), for the confirmation. */
final class ScheduleChanges {

    private ScheduleChanges() {
    }

    static List<String> between(ReminderSchedule current, ScheduleDraft draft) {
        List<String> lines = new ArrayList<>();
        line(lines, "Reminders", reminders(current.reminders()), reminders(draft.reminders()));
        line(lines, "Days", current.agreed() ? ScheduleText.days(current.days()) : "none", ScheduleText.days(draft.days()));
        line(lines, "Quiet hours", quiet(current.quietHours()), quiet(draft.quietHours()));
        line(lines, "Paused", pause(current.paused(), current.pausedUntil(), current.pauseNote()),
                pause(draft.paused(), draft.pausedUntil(), draft.pauseReason()));
        if (lines.isEmpty()) {
            lines.add("The reminders stay as they are; a new version records your reason.");
        }
        return lines;
    }

    private static void line(List<String> lines, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            lines.add(what + ": " + before + " → " + after);
        }
    }

    private static String reminders(List<Reminder> reminders) {
        return reminders.isEmpty() ? "none" : reminders.stream().sorted(ReminderSchedule.BY_TIME).map(Reminder::label)
                .collect(Collectors.joining(", "));
    }

    private static String quiet(QuietHours quiet) {
        return quiet == null ? "none" : quiet.toString();
    }

    private static String pause(boolean paused, LocalDate until, String reason) {
        if (!paused) {
            return "no";
        }
        return "yes" + (until == null ? ", until changed" : ", resuming " + until)
                + (reason == null || reason.isBlank() ? "" : " (" + reason.strip() + ")");
    }
}
