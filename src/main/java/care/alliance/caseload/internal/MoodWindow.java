package care.alliance.caseload.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The last {@code days} complete local days before today, as the instants their midnights fall on.
 * Each boundary is its own local midnight, so a 23- or 25-hour day at a clock change is still one
 * day (H07); the database, which has no time-zone tables, only compares instants.
 */
public record MoodWindow(List<Instant> boundaries) {

    public MoodWindow {
        boundaries = List.copyOf(boundaries);
    }

    public static MoodWindow completeDaysBefore(LocalDate today, ZoneId zone, int days) {
        return new MoodWindow(IntStream.rangeClosed(0, days)
                .mapToObj(i -> today.minusDays(days - i).atStartOfDay(zone).toInstant()).toList());
    }

    public int days() {
        return boundaries.size() - 1;
    }
}
