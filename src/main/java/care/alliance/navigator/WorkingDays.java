package care.alliance.navigator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Working-day arithmetic for the queue's service level: Monday to Friday in the service's zone
 * (Europe/London), counted on local dates and times so a clock change neither adds nor removes an hour
 * of working time (H07). An issue opened at a weekend starts its clock at Monday 00:00. Bank holidays
 * are not known to Alliance and count as working days.
 */
public final class WorkingDays {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** Stops the count of a very old issue; anything past it is shown as this many. */
    static final int MAX_COUNTED = 10_000;

    private WorkingDays() {
    }

    /** The moment an issue opened at {@code opened} has been open {@code days} working days. */
    public static Instant deadline(Instant opened, int days, ZoneId zone) {
        LocalDateTime start = start(opened, zone);
        LocalDate date = start.toLocalDate();
        for (int i = 0; i < days; i++) {
            date = nextWorkingDay(date);
        }
        return at(date, start, zone);
    }

    /** Whole working days between {@code opened} and {@code now}. */
    public static int elapsed(Instant opened, Instant now, ZoneId zone) {
        LocalDateTime start = start(opened, zone);
        LocalDate date = start.toLocalDate();
        int days = 0;
        while (days < MAX_COUNTED) {
            date = nextWorkingDay(date);
            if (at(date, start, zone).isAfter(now)) {
                break;
            }
            days++;
        }
        return days;
    }

    /** Past the deadline of {@code days} working days: the SLA is missed. */
    public static boolean overdue(Instant opened, Instant now, int days, ZoneId zone) {
        return now.isAfter(deadline(opened, days, zone));
    }

    private static LocalDateTime start(Instant opened, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(opened, zone);
        return isWorkingDay(local.toLocalDate()) ? local : nextWorkingDay(local.toLocalDate()).atStartOfDay();
    }

    /** A local time that a spring-forward skips moves to after the gap; an autumn repeat takes the first. */
    private static Instant at(LocalDate date, LocalDateTime start, ZoneId zone) {
        return ZonedDateTime.ofLocal(date.atTime(start.toLocalTime()), zone, null).toInstant();
    }

    private static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
