package care.alliance.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in the service's zone (H07); one place decides how. */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK)
            .withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter DAY_OF_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private DisplayTime() {
    }

    /** e.g. "Thu 26 Nov 2026, 11:30"; a dash for no time at all. */
    public static String dateTime(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant);
    }

    /** e.g. "Tue 24 Nov": how every page names a day. */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** e.g. "Tue 24 Nov 2026", where the year is not obvious. */
    public static String dayOfYear(LocalDate day) {
        return DAY_OF_YEAR.format(day);
    }

    /**
     * A period of whole days, e.g. "Wed 11 Nov to Tue 24 Nov", like the other pages' days; the years only
     * when the period crosses one, where the day names alone would be ambiguous.
     */
    public static String period(LocalDate from, LocalDate to) {
        DateTimeFormatter format = from.getYear() == to.getYear() ? DAY : DAY_OF_YEAR;
        return format.format(from) + " to " + format.format(to);
    }
}
