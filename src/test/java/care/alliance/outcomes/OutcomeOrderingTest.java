package care.alliance.outcomes;

import static care.alliance.outcomes.Episodes.evaluate;
import static care.alliance.outcomes.Episodes.gad;
import static care.alliance.outcomes.Episodes.phq;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hazard H05: first and latest are chosen by occurredAt, never by the order scores arrived in. */
class OutcomeOrderingTest {

    private static final List<Score> IN_ORDER = List.of(
            phq(0, 17), gad(0, 12), phq(14, 15), gad(14, 11), phq(28, 12), gad(28, 9), phq(42, 9), gad(42, 6));

    @Test
    @DisplayName("H05 scores delivered latest-first give the same outcome as in order")
    void reversedDeliveryEqualsInOrder() {
        List<Score> reversed = new ArrayList<>(IN_ORDER);
        Collections.reverse(reversed);
        EpisodeOutcome inOrder = OutcomeRules.evaluate(new EpisodeFacts(IN_ORDER, 5, false));
        assertThat(OutcomeRules.evaluate(new EpisodeFacts(reversed, 5, false))).isEqualTo(inOrder);
        assertThat(inOrder.phq9()).isEqualTo(new MeasureSummary(17, 9, -8, Severity.MILD));
        assertThat(inOrder.gad7()).isEqualTo(new MeasureSummary(12, 6, -6, Severity.MILD));
        assertThat(inOrder.status()).isEqualTo(LiveStatus.ON_TRACK);
        assertThat(inOrder.reliableRecovery()).isTrue();
    }

    @Test
    @DisplayName("H05 a late-arriving earlier score becomes the first score; arrival order is irrelevant")
    void lateArrivalOfTheBaseline() {
        // The baseline (day 0, 20) arrives last, after the day-30 score: the change is from 20, not 14.
        EpisodeOutcome outcome = evaluate(3, phq(30, 14), phq(0, 20));
        assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(20, 14, -6, Severity.MODERATE));
        assertThat(outcome.reliableImprovement()).isTrue();
        assertThat(outcome.reliableDeterioration()).isFalse();
        // Read naively in arrival order this would be 14 -> 20, a reliable deterioration.
        assertThat(outcome.status()).isEqualTo(LiveStatus.ON_TRACK);
    }

    @Test
    @DisplayName("H05 every permutation of an episode's scores gives one and the same outcome")
    void allPermutationsAgree() {
        List<Score> scores = List.of(phq(0, 11), gad(3, 9), phq(20, 18), gad(20, 13), phq(41, 16), gad(40, 12));
        EpisodeOutcome expected = OutcomeRules.evaluate(new EpisodeFacts(scores, 4, true));
        assertThat(expected.phq9()).isEqualTo(new MeasureSummary(11, 16, 5, Severity.MODERATELY_SEVERE));
        assertThat(expected.gad7()).isEqualTo(new MeasureSummary(9, 12, 3, Severity.MODERATE));
        assertThat(expected.status()).isEqualTo(LiveStatus.NOT_IMPROVING_BY_SESSION_4);
        int[] count = {0};
        permute(new ArrayList<>(scores), 0, permutation -> {
            count[0]++;
            EpisodeOutcome actual = OutcomeRules.evaluate(new EpisodeFacts(permutation, 4, true));
            if (!actual.equals(expected)) {
                throw new AssertionError("order " + permutation + " gave " + actual);
            }
        });
        assertThat(count[0]).isEqualTo(720);
    }

    @Test
    @DisplayName("H05 random shuffles of a long episode never change the outcome")
    void shuffledLongEpisode() {
        List<Score> scores = new ArrayList<>();
        for (int week = 0; week < 12; week++) {
            scores.add(phq(7 * week, Math.max(0, 22 - week)));
            scores.add(gad(7 * week + 1, Math.max(0, 16 - week)));
        }
        EpisodeOutcome expected = OutcomeRules.evaluate(new EpisodeFacts(scores, 11, true));
        assertThat(expected.phq9()).isEqualTo(new MeasureSummary(22, 11, -11, Severity.MODERATE));
        Random random = new Random(20260112L);
        for (int i = 0; i < 500; i++) {
            List<Score> shuffled = new ArrayList<>(scores);
            Collections.shuffle(shuffled, random);
            assertThat(OutcomeRules.evaluate(new EpisodeFacts(shuffled, 11, true))).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("H05 two scores of one measure at the same instant: lower counts first, whatever the order")
    void tiesAreBrokenByTotalNotArrival() {
        // Ties are broken towards caution: lower total first, higher total latest.
        EpisodeOutcome oneWay = evaluate(2, phq(0, 8), phq(0, 14));
        EpisodeOutcome otherWay = evaluate(2, phq(0, 14), phq(0, 8));
        assertThat(oneWay).isEqualTo(otherWay);
        assertThat(oneWay.phq9()).isEqualTo(new MeasureSummary(8, 14, 6, Severity.MODERATE));
        assertThat(oneWay.reliableDeterioration()).isTrue();
        assertThat(oneWay.reliableImprovement()).isFalse();
    }

    @Test
    @DisplayName("H05 a tie at the latest instant never makes the episode look better than either score")
    void tieAtLatestInstant() {
        EpisodeOutcome a = evaluate(3, phq(0, 16), phq(30, 9), phq(30, 12));
        EpisodeOutcome b = evaluate(3, phq(30, 12), phq(0, 16), phq(30, 9));
        assertThat(a).isEqualTo(b);
        assertThat(a.phq9()).isEqualTo(new MeasureSummary(16, 12, -4, Severity.MODERATE));
        assertThat(a.recovery()).isFalse();
    }

    @Test
    @DisplayName("H05 the measures are ordered independently: interleaving PHQ-9 and GAD-7 changes nothing")
    void measuresOrderedIndependently() {
        EpisodeOutcome outcome = evaluate(2, gad(50, 3), phq(10, 19), gad(5, 9), phq(60, 10));
        assertThat(outcome.phq9()).isEqualTo(new MeasureSummary(19, 10, -9, Severity.MODERATE));
        assertThat(outcome.gad7()).isEqualTo(new MeasureSummary(9, 3, -6, Severity.MINIMAL));
    }

    private interface Visitor {
        void visit(List<Score> permutation);
    }

    private static void permute(List<Score> items, int from, Visitor visitor) {
        if (from == items.size()) {
            visitor.visit(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, visitor);
            Collections.swap(items, from, i);
        }
    }
}
