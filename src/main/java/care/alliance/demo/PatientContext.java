package care.alliance.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Everything the activity writers need about one patient. {@code adherence} is the chance of a
 * mood rating on an ordinary day; the gap is a stretch of days without any app use (null: none).
 */
record PatientContext(long patientId, long pwpId, EpisodePlan plan, Trajectory trajectory, DemoCast cast,
        double adherence, LocalDate gapFrom, int gapDays, SplittableRandom random) {

    /** Not using the app that day: a gap, or the demo problem of this patient keeps them out. */
    boolean away(LocalDate day, LocalDate today) {
        return inGap(day) || cast.silentOn(day, today) || cast.lockedOn(day, today);
    }

    boolean inGap(LocalDate day) {
        return gapFrom != null && !day.isBefore(gapFrom) && day.isBefore(gapFrom.plusDays(gapDays));
    }
}
