package care.alliance.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Calendar arithmetic of the generator. People act on London wall-clock time (a 19:00 reminder is
 * 19:00 in summer and in winter) while the database stores UTC, so every instant is made here.
 */
final class DemoTime {

    static final ZoneId SERVICE_ZONE = ZoneId.of("Europe/London");

    private DemoTime() {
    }

    /** The UTC DATETIME of a London wall-clock minute of the day (07:00-23:59 never hits a DST gap). */
    static LocalDateTime utc(LocalDate day, int minuteOfDay) {
        return day.atStartOfDay().plusMinutes(minuteOfDay).atZone(SERVICE_ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static int minute(int hour, int minute) {
        return hour * 60 + minute;
    }

    /** Inclusive bounds, like a die: {@code between(r, 1, 6)}. */
    static int between(SplittableRandom random, int low, int high) {
        return random.nextInt(low, high + 1);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * A clinic day on or before {@code day}. Saturday falls back to Thursday and Sunday to Friday:
     * the weekend's sessions spread over two days instead of overfilling Friday, and no session moves
     * more than two days, so a weekly rhythm stays weekly.
     */
    static LocalDate workdayOnOrBefore(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? day.minusDays(2) : day;
    }

    /** A clinic day on or after {@code day}: Saturday moves to Monday, Sunday to Tuesday (as above). */
    static LocalDate workdayOnOrAfter(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? day.plusDays(2) : day;
    }
}
