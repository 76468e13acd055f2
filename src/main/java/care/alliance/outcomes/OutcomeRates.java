package care.alliance.outcomes;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * Service-level outcome rates (clinical.md §2): only finished courses count, and an episode is in a
 * rate's denominator only when that rate's rule could be applied to it. A field left {@code null}
 * by {@link OutcomeRules} (no pair; for recovery also not at caseness at the start) is therefore
 * excluded rather than counted as a failure.
 */
public final class OutcomeRates {

    /**
     * A proportion with its parts, so a screen can show "12 of 20" next to 60%.
     *
     * @param rate numerator / denominator, or {@code null} when there is nothing to divide by
     */
    public record Rate(int numerator, int denominator, Double rate) {

        public Rate {
            if (numerator < 0 || denominator < numerator) {
                throw new IllegalArgumentException(
                        "need 0 <= numerator <= denominator, got %d of %d".formatted(numerator, denominator));
            }
            if (!Objects.equals(rate, ratio(numerator, denominator))) {
                throw new IllegalArgumentException("rate %s is not %d / %d".formatted(rate, numerator, denominator));
            }
        }

        public static Rate of(int numerator, int denominator) {
            return new Rate(numerator, denominator, ratio(numerator, denominator));
        }

        private static Double ratio(int numerator, int denominator) {
            return denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    private OutcomeRates() {
    }

    /** Recovered / finished courses at caseness at the start with a pair. */
    public static Rate recoveryRate(Collection<EpisodeOutcome> outcomes) {
        return rate(outcomes, EpisodeOutcome::recovery);
    }

    /** Reliably improved / finished courses with a pair (caseness at the start is not required). */
    public static Rate reliableImprovementRate(Collection<EpisodeOutcome> outcomes) {
        return rate(outcomes, EpisodeOutcome::reliableImprovement);
    }

    /** Reliably recovered / the recovery denominator. */
    public static Rate reliableRecoveryRate(Collection<EpisodeOutcome> outcomes) {
        return rate(outcomes, EpisodeOutcome::reliableRecovery);
    }

    private static Rate rate(Collection<EpisodeOutcome> outcomes, Function<EpisodeOutcome, Boolean> rule) {
        Objects.requireNonNull(outcomes, "outcomes");
        int numerator = 0;
        int denominator = 0;
        for (EpisodeOutcome outcome : outcomes) {
            Boolean result = rule.apply(outcome);
            if (outcome.finishedCourse() && result != null) {
                denominator++;
                if (result) {
                    numerator++;
                }
            }
        }
        return Rate.of(numerator, denominator);
    }
}
