package care.alliance.outcomes;

import java.util.Comparator;
import java.util.List;

/**
 * One measure's scores within an episode, in clinical order (hazard H05).
 *
 * <p>Order is by {@code occurredAt}; two scores of the same measure at the same instant are put in
 * ascending order of total. That tie-break never depends on arrival order, so every permutation of
 * the same scores gives the same outcome, and it is the cautious choice: the lower total counts as
 * "first" and the higher as "latest", so a tie can never make an episode look better than it is.
 */
record MeasureTrack(Instrument instrument, List<Score> ordered) {

    static final Comparator<Score> CLINICAL_ORDER =
            Comparator.comparing(Score::occurredAt).thenComparingInt(Score::total);

    static MeasureTrack of(Instrument instrument, List<Score> scores) {
        return new MeasureTrack(instrument, scores.stream()
                .filter(score -> score.instrument() == instrument)
                .sorted(CLINICAL_ORDER)
                .toList());
    }

    boolean exists() {
        return !ordered.isEmpty();
    }

    /** Only a measure with a first and a distinct latest score takes part in the change rules. */
    boolean hasPair() {
        return ordered.size() >= 2;
    }

    int first() {
        return ordered.getFirst().total();
    }

    int latest() {
        return ordered.getLast().total();
    }

    /** Caseness of a measure without a pair still counts, using its only score (clinical.md §2). */
    boolean casenessAtFirst() {
        return instrument.isCaseness(first());
    }

    boolean casenessAtLatest() {
        return instrument.isCaseness(latest());
    }

    boolean reliablyImproved() {
        return hasPair() && first() - latest() >= instrument.reliableChange();
    }

    boolean reliablyDeteriorated() {
        return hasPair() && latest() - first() >= instrument.reliableChange();
    }

    /** {@code null} when the episode has no score of this measure. */
    MeasureSummary summary() {
        if (!exists()) {
            return null;
        }
        Integer change = hasPair() ? latest() - first() : null;
        return new MeasureSummary(first(), latest(), change, instrument.severityOf(latest()));
    }
}
