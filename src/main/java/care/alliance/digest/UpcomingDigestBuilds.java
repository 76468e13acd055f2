package care.alliance.digest;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

import care.alliance.digest.internal.DigestBuildPlanner;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.patients.AppointmentRecords;

/**
 * For a freshly seeded database (the demo service): builds now, synchronously, the digests of every
 * BOOKED appointment in the nightly plan's window. Without it a demo started after 18:00 would show
 * no digest until the next evening. It plans no Quartz jobs: builds running in the background would
 * race a reseed's wipe; the nightly plan schedules the passes as usual. Not a security boundary (no
 * person calls it; the builds audit as the digest job).
 */
@Component
public class UpcomingDigestBuilds {

    private final AppointmentRecords appointments;
    private final DigestBuilds builds;
    private final Clock clock;

    UpcomingDigestBuilds(AppointmentRecords appointments, DigestBuilds builds, Clock clock) {
        this.appointments = appointments;
        this.builds = builds;
        this.clock = clock;
    }

    /** The number of digests stored now. */
    public int buildUpcomingNow() {
        Instant now = clock.instant();
        int stored = 0;
        for (var appointment : appointments.bookedStartingIn(now, now.plus(DigestBuildPlanner.NIGHT_WINDOW))) {
            stored += builds.build(appointment.id()).isPresent() ? 1 : 0;
        }
        return stored;
    }
}
