package care.alliance.outcomes;

import static care.alliance.outcomes.Episodes.discharged;
import static care.alliance.outcomes.Episodes.gad;
import static care.alliance.outcomes.Episodes.open;
import static care.alliance.outcomes.Episodes.phq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import care.alliance.outcomes.OutcomeRates.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** National rates count only finished courses, and only where the rule applies (hazard H04). */
class OutcomeRatesTest {

    private static final EpisodeOutcome RELIABLY_RECOVERED =
            OutcomeRules.evaluate(discharged(6, phq(0, 16), phq(60, 6)));
    private static final EpisodeOutcome RECOVERED_NOT_RELIABLY =
            OutcomeRules.evaluate(discharged(4, phq(0, 11), phq(60, 8)));
    private static final EpisodeOutcome NOT_RECOVERED =
            OutcomeRules.evaluate(discharged(8, phq(0, 20), gad(0, 12), phq(60, 14), gad(60, 8)));
    private static final EpisodeOutcome IMPROVED_BELOW_CASENESS =
            OutcomeRules.evaluate(discharged(5, phq(0, 8), phq(60, 1)));
    private static final EpisodeOutcome FINISHED_WITHOUT_PAIR =
            OutcomeRules.evaluate(discharged(3, phq(0, 19)));
    private static final EpisodeOutcome DROPPED_OUT =
            OutcomeRules.evaluate(discharged(1, phq(0, 19), phq(20, 5)));
    private static final EpisodeOutcome STILL_OPEN =
            OutcomeRules.evaluate(open(6, phq(0, 19), phq(40, 5)));

    @Test
    @DisplayName("H04 no episodes: 0 of 0 and a null rate, never 0% or NaN")
    void empty() {
        assertThat(OutcomeRates.recoveryRate(List.of())).isEqualTo(new Rate(0, 0, null));
        assertThat(OutcomeRates.reliableImprovementRate(List.of())).isEqualTo(new Rate(0, 0, null));
        assertThat(OutcomeRates.reliableRecoveryRate(List.of())).isEqualTo(new Rate(0, 0, null));
    }

    @Test
    @DisplayName("H04 dropped-out and open episodes are not in any denominator, even if they recovered")
    void onlyFinishedCourses() {
        List<EpisodeOutcome> outcomes = List.of(DROPPED_OUT, STILL_OPEN);
        assertThat(DROPPED_OUT.reliableRecovery()).isTrue();
        assertThat(STILL_OPEN.reliableRecovery()).isTrue();
        assertThat(OutcomeRates.recoveryRate(outcomes)).isEqualTo(Rate.of(0, 0));
        assertThat(OutcomeRates.reliableImprovementRate(outcomes)).isEqualTo(Rate.of(0, 0));
        assertThat(OutcomeRates.reliableRecoveryRate(outcomes)).isEqualTo(Rate.of(0, 0));
    }

    @Test
    @DisplayName("H04 recovery denominator: finished, at caseness at start, with a pair")
    void recoveryRate() {
        List<EpisodeOutcome> outcomes = List.of(RELIABLY_RECOVERED, RECOVERED_NOT_RELIABLY, NOT_RECOVERED,
                IMPROVED_BELOW_CASENESS, FINISHED_WITHOUT_PAIR, DROPPED_OUT, STILL_OPEN);
        Rate rate = OutcomeRates.recoveryRate(outcomes);
        assertThat(rate.numerator()).isEqualTo(2);
        assertThat(rate.denominator()).isEqualTo(3);
        assertThat(rate.rate()).isEqualTo(2.0 / 3);
        assertThat(OutcomeRates.reliableRecoveryRate(outcomes)).isEqualTo(Rate.of(1, 3));
    }

    @Test
    @DisplayName("H04 reliable improvement denominator: finished with a pair, below-caseness episodes included")
    void reliableImprovementRate() {
        List<EpisodeOutcome> outcomes = List.of(RELIABLY_RECOVERED, RECOVERED_NOT_RELIABLY, NOT_RECOVERED,
                IMPROVED_BELOW_CASENESS, FINISHED_WITHOUT_PAIR, DROPPED_OUT, STILL_OPEN);
        // NOT_RECOVERED fell 6 on PHQ-9 and 4 on GAD-7: improved, yet still at caseness on GAD-7.
        assertThat(NOT_RECOVERED.reliableImprovement()).isTrue();
        assertThat(NOT_RECOVERED.recovery()).isFalse();
        assertThat(OutcomeRates.reliableImprovementRate(outcomes)).isEqualTo(new Rate(3, 4, 0.75));
    }

    @Test
    void rateRecordRefusesInconsistentParts() {
        assertThatThrownBy(() -> new Rate(3, 2, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(-1, 2, -0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(1, 2, 0.4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(0, 0, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(0, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rate.of(1, 4).rate()).isEqualTo(0.25);
    }

    @Test
    void rejectsNullCollection() {
        assertThatThrownBy(() -> OutcomeRates.recoveryRate(null)).isInstanceOf(NullPointerException.class);
    }
}
