package care.alliance.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times are stored in UTC and shown in the service's zone (H07); one place decides how. */
public final class DisplayTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm").withZone(ZONE);

    private DisplayTime() {
    }

    /** e.g. "Thu 26 Nov 2026, 11:30"; a dash for no time at all. */
    public static String dateTime(Instant instant) {
        return instant == null ? "–" : DATE_TIME.format(instant);
    }
}
