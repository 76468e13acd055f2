package care.alliance.timebudget;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * An ISO week as the service lives it (H07): Monday 00:00 to the next Monday 00:00 in the service's
 * zone, so the week of a clock change has 167 or 169 hours. Appointments belong to the week their start
 * instant falls in, ledger entries to the week their local work date falls in; both agree because the
 * boundaries are the local midnights.
 */
public record ServiceWeek(LocalDate monday, ZoneId zone) {

    public ServiceWeek {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday, not " + monday);
        }
    }

    /** The week containing the day. */
    public static ServiceWeek containing(LocalDate day, ZoneId zone) {
        return new ServiceWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    public static ServiceWeek containing(Instant moment, ZoneId zone) {
        return containing(moment.atZone(zone).toLocalDate(), zone);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** Exclusive: the next Monday's midnight. */
    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate sunday() {
        return monday.plusDays(6);
    }

    public long hours() {
        return Duration.between(start(), end()).toHours();
    }

    public ServiceWeek plusWeeks(long weeks) {
        return new ServiceWeek(monday.plusWeeks(weeks), zone);
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }
}
