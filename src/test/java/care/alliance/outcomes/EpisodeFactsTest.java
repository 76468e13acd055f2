package care.alliance.outcomes;

import static care.alliance.outcomes.Episodes.phq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The inputs of the outcome rules refuse values the rules could silently misread (H03, H04). */
class EpisodeFactsTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    @DisplayName("H03 a score total outside its instrument's range cannot enter an episode")
    void scoreRange() {
        assertThat(new Score(Instrument.PHQ9, AT, 27).total()).isEqualTo(27);
        assertThat(new Score(Instrument.GAD7, AT, 0).total()).isZero();
        assertThatThrownBy(() -> new Score(Instrument.GAD7, AT, 22))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("GAD7 total must be between 0 and 21, got 22");
        assertThatThrownBy(() -> new Score(Instrument.PHQ9, AT, 28)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Score(Instrument.PHQ9, AT, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("H05 a score without its occurredAt cannot be ordered, so it is refused")
    void scoreNeedsTimeAndInstrument() {
        assertThatThrownBy(() -> new Score(Instrument.PHQ9, null, 5)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Score(null, AT, 5)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void factsValidation() {
        assertThatThrownBy(() -> new EpisodeFacts(null, 0, false)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EpisodeFacts(Arrays.asList(phq(0, 5), null), 0, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new EpisodeFacts(List.of(), -1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("H05 facts keep their own copy: a caller adding scores later cannot change an evaluation")
    void factsCopyScores() {
        List<Score> scores = new ArrayList<>(List.of(phq(0, 15)));
        EpisodeFacts facts = new EpisodeFacts(scores, 2, false);
        scores.add(phq(30, 5));
        assertThat(facts.scores()).containsExactly(phq(0, 15));
        assertThat(OutcomeRules.evaluate(facts).status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
    }
}
