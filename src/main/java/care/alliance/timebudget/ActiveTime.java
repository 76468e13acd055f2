package care.alliance.timebudget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Active time of one visit to a patient page or digest, from the moments the PWP did something there
 * (input, scroll, focus). Opening the page is the first activity: the PWP starts reading. Each activity
 * counts the time after it up to the idle threshold, but never beyond the next activity (no double
 * counting of overlapping windows) or the visit's end; a tab left open over lunch counts one threshold.
 * The total is capped per visit, because nobody reads one page for an hour, and rounded to whole
 * minutes (half up); under the minimum nothing is recorded (a glance is not work to confirm).
 * Pure: no clock, no Spring. Absurd input is refused rather than clipped, so a broken or hostile
 * client cannot inflate a ledger.
 */
public final class ActiveTime {

    public static final Duration IDLE = Duration.ofSeconds(60);
    public static final Duration CAP = Duration.ofMinutes(20);
    public static final Duration MINIMUM = Duration.ofMinutes(1);
    public static final Duration LONGEST_VISIT = Duration.ofHours(12);
    public static final int MAX_ACTIVITY = 10_000;

    private final Duration idle;
    private final Duration cap;
    private final Duration minimum;

    public ActiveTime(Duration idle, Duration cap, Duration minimum) {
        if (idle.isNegative() || idle.isZero() || cap.compareTo(minimum) < 0 || minimum.isNegative()) {
            throw new IllegalArgumentException("idle must be positive and the cap at least the minimum");
        }
        this.idle = idle;
        this.cap = cap;
        this.minimum = minimum;
    }

    public static ActiveTime defaults() {
        return new ActiveTime(IDLE, CAP, MINIMUM);
    }

    /** Whole active minutes of the visit, 0 when under the minimum; refuses absurd input. */
    public int minutes(Instant start, Instant end, List<Instant> activity) {
        Duration active = active(start, end, activity);
        if (active.compareTo(minimum) < 0) {
            return 0;
        }
        long seconds = Math.min(active.toSeconds(), cap.toSeconds());
        return (int) ((seconds + 30) / 60);
    }

    /** Active time before the cap and rounding. */
    public Duration active(Instant start, Instant end, List<Instant> activity) {
        List<Instant> moments = checked(start, end, activity);
        Duration total = Duration.ZERO;
        for (int i = 0; i < moments.size(); i++) {
            Instant from = moments.get(i);
            Instant until = earliest(from.plus(idle), end, i + 1 < moments.size() ? moments.get(i + 1) : end);
            total = total.plus(Duration.between(from, until));
        }
        return total;
    }

    private static Instant earliest(Instant a, Instant b, Instant c) {
        Instant first = a.isBefore(b) ? a : b;
        return first.isBefore(c) ? first : c;
    }

    private static List<Instant> checked(Instant start, Instant end, List<Instant> activity) {
        if (start == null || end == null || activity == null) {
            throw new IllegalArgumentException("A visit needs its start, its end and its activity (may be empty).");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The visit ends before it starts.");
        }
        if (Duration.between(start, end).compareTo(LONGEST_VISIT) > 0) {
            throw new IllegalArgumentException("A visit longer than " + LONGEST_VISIT.toHours() + " hours is not recorded.");
        }
        if (activity.size() > MAX_ACTIVITY) {
            throw new IllegalArgumentException("Too much activity for one visit: at most " + MAX_ACTIVITY + " moments.");
        }
        List<Instant> moments = new ArrayList<>(activity.size() + 1);
        moments.add(start);
        for (Instant moment : activity) {
            if (moment == null) {
                throw new IllegalArgumentException("An activity moment is missing.");
            }
            if (moment.isBefore(start) || moment.isAfter(end)) {
                throw new IllegalArgumentException("Activity at " + moment + " is outside the visit.");
            }
            moments.add(moment);
        }
        moments.sort(null);
        return moments;
    }
}
