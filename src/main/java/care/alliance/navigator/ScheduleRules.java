package care.alliance.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import care.alliance.programme.NotificationKind;

/**
 * What makes a reminder schedule acceptable. All problems are collected, not just the first, so the
 * navigator fixes the whole form in one go. Pure: {@code today} is the service zone's date.
 */
final class ScheduleRules {

    static final int MAX_REMINDERS = 6;
    static final int MIN_REASON = 3;
    static final int MAX_TEXT = 500;

    private ScheduleRules() {
    }

    static void check(ScheduleDraft draft, LocalDate today) {
        List<ScheduleInvalid.Problem> problems = new ArrayList<>();
        List<Reminder> reminders = draft.reminders() == null ? List.of() : draft.reminders();
        reminders(draft, reminders, problems);
        if (!reminders.isEmpty() && (draft.days() == null || draft.days().isEmpty())) {
            problems.add(new ScheduleInvalid.Problem("days", "Choose at least one day for the reminders."));
        }
        QuietHours quiet = draft.quietHours();
        if (quiet != null && (quiet.start() == null || quiet.end() == null)) {
            problems.add(new ScheduleInvalid.Problem("quietHours", "Give both a start and an end for quiet hours,"
                    + " or neither."));
        } else if (quiet != null && quiet.start().equals(quiet.end())) {
            problems.add(new ScheduleInvalid.Problem("quietHours", "Quiet hours must start and end at different times."));
        } else if (quiet != null) {
            reminders.stream().filter(r -> r.time() != null && quiet.contains(r.time())).forEach(r -> problems.add(
                    new ScheduleInvalid.Problem("reminders", r.label() + " is inside the quiet hours " + quiet + ".")));
        }
        pause(draft, today, problems);
        text(problems, "reason", "The reason for the change", draft.reason());
        if (!problems.isEmpty()) {
            throw new ScheduleInvalid(problems);
        }
    }

    private static void reminders(ScheduleDraft draft, List<Reminder> reminders, List<ScheduleInvalid.Problem> problems) {
        if (reminders.isEmpty() && !draft.paused()) {
            problems.add(new ScheduleInvalid.Problem("reminders", "Add at least one reminder, or pause reminders."));
        }
        if (reminders.size() > MAX_REMINDERS) {
            problems.add(new ScheduleInvalid.Problem("reminders", "At most " + MAX_REMINDERS
                    + " reminders a day; this schedule has " + reminders.size() + "."));
        }
        Set<Reminder> seen = new HashSet<>();
        for (Reminder reminder : reminders) {
            if (reminder == null || reminder.time() == null || reminder.kind() == null) {
                problems.add(new ScheduleInvalid.Problem("reminders", "Every reminder needs a kind and a time."));
            } else if (reminder.kind() == NotificationKind.MESSAGE_ALERT) {
                problems.add(new ScheduleInvalid.Problem("reminders", "Message alerts follow messages and cannot be"
                        + " scheduled."));
            } else if (reminder.time().getSecond() != 0 || reminder.time().getNano() != 0) {
                problems.add(new ScheduleInvalid.Problem("reminders", reminder.label() + ": times are to the minute."));
            } else if (!seen.add(reminder)) {
                problems.add(new ScheduleInvalid.Problem("reminders", reminder.label() + " is listed twice."));
            }
        }
    }

    private static void pause(ScheduleDraft draft, LocalDate today, List<ScheduleInvalid.Problem> problems) {
        if (!draft.paused()) {
            if (draft.pausedUntil() != null) {
                problems.add(new ScheduleInvalid.Problem("pausedUntil", "\"Paused until\" needs reminders paused."));
            }
            return;
        }
        if (draft.pausedUntil() != null && draft.pausedUntil().isBefore(today)) {
            problems.add(new ScheduleInvalid.Problem("pausedUntil", "\"Paused until\" " + draft.pausedUntil()
                    + " is in the past."));
        }
        text(problems, "pauseReason", "The reason for the pause", draft.pauseReason());
    }

    private static void text(List<ScheduleInvalid.Problem> problems, String field, String name, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() < MIN_REASON) {
            problems.add(new ScheduleInvalid.Problem(field, name + " is required (at least " + MIN_REASON
                    + " characters)."));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new ScheduleInvalid.Problem(field, name + " is too long: at most " + MAX_TEXT + " characters."));
        }
    }
}
