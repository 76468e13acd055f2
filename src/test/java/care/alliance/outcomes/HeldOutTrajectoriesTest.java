package care.alliance.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hazard H04, held-out trajectories: realistic episodes from raw answers through scoring to the
 * outcome, each expected outcome worked out by hand from clinical.md, not from the code.
 */
class HeldOutTrajectoriesTest {

    /** A realistic episode: raw questionnaire answers, fortnightly, delivered as they were answered. */
    private static final class Episode {
        private final List<Score> scores = new ArrayList<>();

        Episode answered(int day, Instrument instrument, Integer... items) {
            ScoredQuestionnaire scored = QuestionnaireScoring.score(instrument, List.of(items));
            scores.add(scored.toScore(Episodes.START.plus(Duration.ofDays(day))));
            return this;
        }

        EpisodeOutcome after(int sessions, boolean discharged) {
            return OutcomeRules.evaluate(new EpisodeFacts(scores, sessions, discharged));
        }
    }

    static EpisodeOutcome apiExample() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 2, 2, 2, 2, 2, 2, 2, 2, 0)      // 16
                .answered(0, Instrument.GAD7, 2, 1, 1, 1, 2, 1, 1)            // 9
                .answered(14, Instrument.PHQ9, 2, 2, 1, 2, 1, 2, 1, 1, 0)     // 12
                .answered(28, Instrument.PHQ9, 1, 1, 1, 2, 1, 1, 1, 1, 0)     // 9
                .answered(28, Instrument.GAD7, 1, 1, 1, 1, 1, 1, 0)           // 6
                .after(3, false);
    }

    @Test
    @DisplayName("H04 api.md example: PHQ-9 16->9, GAD-7 9->6, 3 sessions, open: reliable recovery, on track")
    void apiMdExample() {
        assertThat(apiExample()).isEqualTo(new EpisodeOutcome(false, 3,
                new MeasureSummary(16, 9, -7, Severity.MILD), new MeasureSummary(9, 6, -3, Severity.MILD),
                true, false, true, false, true, true, LiveStatus.ON_TRACK, false));
    }

    static EpisodeOutcome recoveredButNotReliably() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 1, 2, 1, 2, 1, 1, 1, 2, 0)      // 11
                .answered(0, Instrument.GAD7, 2, 1, 1, 2, 1, 1, 1)            // 9
                .answered(70, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 0, 0)     // 7
                .answered(70, Instrument.GAD7, 1, 1, 1, 1, 1, 1, 0)           // 6
                .after(6, true);
    }

    @Test
    @DisplayName("H04 mild case below caseness by a small drop: recovered, not reliably; supervision list")
    void recoveredNotReliably() {
        assertThat(recoveredButNotReliably()).isEqualTo(new EpisodeOutcome(true, 6,
                new MeasureSummary(11, 7, -4, Severity.MILD), new MeasureSummary(9, 6, -3, Severity.MILD),
                true, false, false, false, true, false, LiveStatus.NOT_IMPROVING_BY_SESSION_4, true));
    }

    static EpisodeOutcome deteriorating() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 1, 2, 1, 2, 1, 2, 1, 2, 0)      // 12
                .answered(0, Instrument.GAD7, 2, 1, 2, 1, 2, 1, 1)            // 10
                .answered(21, Instrument.PHQ9, 2, 2, 1, 2, 2, 2, 1, 2, 0)     // 14
                .answered(42, Instrument.PHQ9, 3, 2, 2, 3, 2, 2, 2, 2, 1)     // 19, item 9 positive
                .answered(42, Instrument.GAD7, 3, 2, 2, 2, 2, 2, 2)           // 15
                .after(5, false);
    }

    @Test
    @DisplayName("H04 deteriorating on both measures: reliably deteriorated beats the session-4 rule")
    void deterioratingEpisode() {
        assertThat(deteriorating()).isEqualTo(new EpisodeOutcome(false, 5,
                new MeasureSummary(12, 19, 7, Severity.MODERATELY_SEVERE), new MeasureSummary(10, 15, 5, Severity.SEVERE),
                true, true, false, true, false, false, LiveStatus.RELIABLY_DETERIORATED, false));
    }

    static EpisodeOutcome anxietyLed() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 0, 0)      // 7
                .answered(0, Instrument.GAD7, 3, 2, 2, 2, 2, 2, 2)            // 15
                .answered(56, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 0, 0, 0)     // 6
                .answered(56, Instrument.GAD7, 1, 1, 1, 1, 1, 1, 0)           // 6
                .after(8, true);
    }

    @Test
    @DisplayName("H04 anxiety-led: caseness only on GAD-7, GAD-7 falls 9: reliable recovery, finished")
    void anxietyLedEpisode() {
        assertThat(anxietyLed()).isEqualTo(new EpisodeOutcome(true, 8,
                new MeasureSummary(7, 6, -1, Severity.MILD), new MeasureSummary(15, 6, -9, Severity.MILD),
                true, false, true, false, true, true, LiveStatus.ON_TRACK, true));
    }

    static EpisodeOutcome belowCaseness() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 1, 1, 1, 1, 1, 1, 1, 1, 0)      // 8
                .answered(0, Instrument.GAD7, 1, 1, 1, 1, 1, 1, 0)            // 6
                .answered(49, Instrument.PHQ9, 1, 1, 0, 0, 0, 0, 0, 0, 0)     // 2
                .answered(49, Instrument.GAD7, 1, 1, 1, 0, 0, 0, 0)           // 3
                .after(5, true);
    }

    @Test
    @DisplayName("H04 below caseness at the start: improvement counted, recovery not applicable (null)")
    void belowCasenessEpisode() {
        assertThat(belowCaseness()).isEqualTo(new EpisodeOutcome(true, 5,
                new MeasureSummary(8, 2, -6, Severity.MINIMAL), new MeasureSummary(6, 3, -3, Severity.MINIMAL),
                false, false, true, false, null, null, LiveStatus.ON_TRACK, true));
    }

    static EpisodeOutcome mixed() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 3, 3, 2, 2, 2, 2, 3, 3, 0)      // 20
                .answered(0, Instrument.GAD7, 1, 1, 1, 1, 1, 0, 0)            // 5
                .answered(35, Instrument.PHQ9, 2, 2, 1, 2, 1, 2, 1, 2, 0)     // 13
                .answered(35, Instrument.GAD7, 2, 2, 2, 1, 2, 1, 1)           // 11
                .after(5, true);
    }

    @Test
    @DisplayName("H04 mixed: depression better by 7, anxiety worse by 6: no reliable change, supervision")
    void mixedEpisode() {
        assertThat(mixed()).isEqualTo(new EpisodeOutcome(true, 5,
                new MeasureSummary(20, 13, -7, Severity.MODERATE), new MeasureSummary(5, 11, 6, Severity.MODERATE),
                true, true, false, false, false, false, LiveStatus.NOT_IMPROVING_BY_SESSION_4, true));
    }

    static EpisodeOutcome droppedOutAfterAssessment() {
        return new Episode()
                .answered(0, Instrument.PHQ9, 3, 2, 2, 2, 2, 2, 2, 2, 1)      // 18
                .answered(0, Instrument.GAD7, 2, 2, 2, 2, 2, 2, 2)            // 14
                .after(1, true);
    }

    @Test
    @DisplayName("H04 dropped out after one session with baseline scores only: nothing guessed")
    void droppedOut() {
        assertThat(droppedOutAfterAssessment()).isEqualTo(new EpisodeOutcome(false, 1,
                new MeasureSummary(18, 18, null, Severity.MODERATELY_SEVERE),
                new MeasureSummary(14, 14, null, Severity.MODERATE),
                true, true, null, null, null, null, LiveStatus.INSUFFICIENT_DATA, true));
    }

    @Test
    @DisplayName("H04 service rates over the held-out episodes count only finished courses with a pair")
    void ratesOverTheseEpisodes() {
        List<EpisodeOutcome> all = List.of(apiExample(), recoveredButNotReliably(), deteriorating(),
                anxietyLed(), belowCaseness(), mixed(), droppedOutAfterAssessment());
        // Finished with a pair: recoveredButNotReliably, anxietyLed, belowCaseness, mixed.
        // At caseness at start among them: all but belowCaseness -> 3; recovered: 2; reliably recovered: 1.
        assertThat(OutcomeRates.recoveryRate(all)).isEqualTo(OutcomeRates.Rate.of(2, 3));
        assertThat(OutcomeRates.reliableRecoveryRate(all)).isEqualTo(OutcomeRates.Rate.of(1, 3));
        // Reliably improved among the 4: anxietyLed, belowCaseness.
        assertThat(OutcomeRates.reliableImprovementRate(all)).isEqualTo(OutcomeRates.Rate.of(2, 4));
        assertThat(OutcomeRates.reliableImprovementRate(all).rate()).isEqualTo(0.5);
    }
}
