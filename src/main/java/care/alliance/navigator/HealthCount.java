package care.alliance.navigator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import care.alliance.navigator.internal.NotificationEvents.Event;
import care.alliance.programme.NotificationKind;
import care.alliance.programme.NotificationStatus;

/**
 * The arithmetic of the notification health chart, pure. Days are the service zone's (H07). The
 * schedule in force on a day is the newest version saved before that day ended: a change counts from the
 * day it was made, as the programme picks it up within the day. A day not over yet expects only the
 * reminders already due: at 02:00 an evening reminder has not failed to arrive.
 */
final class HealthCount {

    private HealthCount() {
    }

    /**
     * @param versions every stored version, newest first (version 0 rows left out)
     * @param now      what has happened by now counts; later reminders are not due yet
     */
    static List<NotificationHealthDay> days(List<ReminderSchedule> versions, List<Event> events, ZoneId zone,
            LocalDate first, int count, Instant now) {
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone);
        Map<LocalDate, Day> byDate = new HashMap<>();
        for (Event event : events) {
            LocalDate date = LocalDate.ofInstant(event.occurredAt(), zone);
            byDate.computeIfAbsent(date, d -> new Day()).add(event);
        }
        List<NotificationHealthDay> days = new ArrayList<>(count);
        for (LocalDate date = first; date.isBefore(first.plusDays(count)); date = date.plusDays(1)) {
            Day day = byDate.getOrDefault(date, new Day());
            ReminderSchedule schedule = inForce(versions, date, zone);
            int expected = schedule == null ? day.scheduled.size()
                    : date.isBefore(localNow.toLocalDate()) ? schedule.expectedOn(date)
                    : date.isEqual(localNow.toLocalDate()) ? schedule.expectedBy(date, localNow.toLocalTime()) : 0;
            days.add(new NotificationHealthDay(date, expected, schedule == null, day.delivered.size(), day.deliveries,
                    day.deliveries - day.delivered.size(), day.opened.size(), day.alerts.size()));
        }
        return days;
    }

    private static ReminderSchedule inForce(List<ReminderSchedule> versions, LocalDate date, ZoneId zone) {
        var endOfDay = date.plusDays(1).atStartOfDay(zone).toInstant();
        return versions.stream().filter(v -> v.changedAt().isBefore(endOfDay)).findFirst().orElse(null);
    }

    private static final class Day {
        final Set<String> scheduled = new HashSet<>();
        final Set<String> delivered = new HashSet<>();
        final Set<String> opened = new HashSet<>();
        final Set<String> alerts = new HashSet<>();
        int deliveries;

        void add(Event event) {
            if (event.kind() == NotificationKind.MESSAGE_ALERT) {
                if (event.status() == NotificationStatus.DELIVERED) {
                    alerts.add(event.notificationId());
                }
                return;
            }
            switch (event.status()) {
                case SCHEDULED -> scheduled.add(event.notificationId());
                case DELIVERED -> {
                    delivered.add(event.notificationId());
                    deliveries++;
                }
                case OPENED -> opened.add(event.notificationId());
                default -> {
                }
            }
        }
    }
}
