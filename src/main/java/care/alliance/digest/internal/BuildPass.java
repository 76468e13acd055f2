package care.alliance.digest.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The builds a digest gets (clinical.md §6): the evening before, again shortly before the session, and
 * on request through the API. Each pass is its own Quartz job per appointment, so the three never
 * replace one another and re-planning a pass replaces only that pass.
 */
public enum BuildPass {

    /** 18:00 on the day before the session, in the service's zone (H07: not "start minus n hours"). */
    EVENING,
    /**
     * Two hours before the session. It stores a new version only when new data arrived: {@link
     * DigestBuilds#build} stores nothing when the inputs' fingerprint is unchanged.
     */
    PREBUILD,
    /** {@code POST /api/v1/jobs/digests}: now. */
    REQUESTED;

    static final LocalTime EVENING_TIME = LocalTime.of(18, 0);
    static final Duration PREBUILD_LEAD = Duration.ofHours(2);

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * When this pass should build for a session starting at {@code start}; empty when it is no longer
     * worth scheduling. An evening already past fires now (a late digest is better than none, e.g. an
     * appointment booked after the nightly plan); a pre-session build already past is skipped, because
     * the evening or requested build running now already has the newest data.
     */
    Optional<Instant> fireAt(Instant start, ZoneId zone, Instant now) {
        return switch (this) {
            case EVENING -> {
                Instant evening = start.atZone(zone).toLocalDate().minusDays(1).atTime(EVENING_TIME).atZone(zone)
                        .toInstant();
                yield Optional.of(evening.isAfter(now) ? evening : now);
            }
            case PREBUILD -> Optional.of(start.minus(PREBUILD_LEAD)).filter(at -> at.isAfter(now));
            case REQUESTED -> Optional.of(now);
        };
    }
}
