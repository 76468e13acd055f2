package care.alliance.outcomes;

import static care.alliance.outcomes.Episodes.itemsSummingTo;
import static care.alliance.outcomes.Episodes.zerosExcept;
import static care.alliance.outcomes.Instrument.GAD7;
import static care.alliance.outcomes.Instrument.PHQ9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionnaireScoringTest {

    @ParameterizedTest(name = "{0} items summing to {1} score {1}, {2}")
    @DisplayName("H03 scored totals land in the right band at every edge")
    @CsvSource({
            "PHQ9, 0, MINIMAL", "PHQ9, 4, MINIMAL", "PHQ9, 5, MILD", "PHQ9, 9, MILD",
            "PHQ9, 10, MODERATE", "PHQ9, 14, MODERATE", "PHQ9, 15, MODERATELY_SEVERE",
            "PHQ9, 19, MODERATELY_SEVERE", "PHQ9, 20, SEVERE", "PHQ9, 27, SEVERE",
            "GAD7, 0, MINIMAL", "GAD7, 4, MINIMAL", "GAD7, 5, MILD", "GAD7, 9, MILD",
            "GAD7, 10, MODERATE", "GAD7, 14, MODERATE", "GAD7, 15, SEVERE", "GAD7, 21, SEVERE"})
    void bandEdges(Instrument instrument, int total, Severity severity) {
        ScoredQuestionnaire scored = QuestionnaireScoring.score(instrument, itemsSummingTo(instrument, total));
        assertThat(scored.total()).isEqualTo(total);
        assertThat(scored.severity()).isEqualTo(severity);
        assertThat(scored.instrument()).isEqualTo(instrument);
    }

    @Test
    @DisplayName("H03 the api.md example questionnaire scores 8, mild")
    void apiExample() {
        ScoredQuestionnaire scored = QuestionnaireScoring.score(PHQ9, List.of(1, 2, 1, 0, 1, 2, 1, 0, 0));
        assertThat(scored.total()).isEqualTo(8);
        assertThat(scored.severity()).isEqualTo(Severity.MILD);
        assertThat(scored.riskItemPositive()).isFalse();
        assertThat(scored.items()).containsExactly(1, 2, 1, 0, 1, 2, 1, 0, 0);
    }

    @ParameterizedTest(name = "item 9 = {0} -> risk {1}")
    @DisplayName("H01/H03 PHQ-9 item 9 answered 1, 2 or 3 is a positive risk item, 0 is not")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void riskItem(int item9, boolean risk) {
        ScoredQuestionnaire scored = QuestionnaireScoring.score(PHQ9, zerosExcept(PHQ9, 9, item9));
        assertThat(scored.riskItemPositive()).isEqualTo(risk);
        assertThat(scored.total()).isEqualTo(item9);
        // A total of 1 is "minimal", yet the flag must still be raised: risk is independent of severity.
        assertThat(scored.severity()).isEqualTo(Severity.MINIMAL);
    }

    @Test
    @DisplayName("H01 a high total without item 9 raises no risk flag; item 8 is not item 9")
    void riskIsItemNineOnly() {
        List<Integer> items = List.of(3, 3, 3, 3, 3, 3, 3, 3, 0);
        assertThat(QuestionnaireScoring.score(PHQ9, items).riskItemPositive()).isFalse();
        assertThat(QuestionnaireScoring.score(PHQ9, zerosExcept(PHQ9, 8, 3)).riskItemPositive()).isFalse();
    }

    @Test
    @DisplayName("H01 GAD-7 has no risk item, even with every answer at 3")
    void gadNeverRisk() {
        assertThat(QuestionnaireScoring.score(GAD7, itemsSummingTo(GAD7, 21)).riskItemPositive()).isFalse();
        assertThat(QuestionnaireScoring.score(GAD7, zerosExcept(GAD7, 7, 3)).riskItemPositive()).isFalse();
    }

    @ParameterizedTest(name = "{0} with {1} items")
    @DisplayName("H03 wrong item count is rejected with a clear message")
    @CsvSource({"PHQ9, 8", "PHQ9, 10", "PHQ9, 0", "PHQ9, 7", "GAD7, 6", "GAD7, 8", "GAD7, 9", "GAD7, 0"})
    void wrongCount(Instrument instrument, int count) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(count, 1));
        assertThatThrownBy(() -> QuestionnaireScoring.score(instrument, items))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessage("%s must have %d items, got %d", instrument, instrument.itemCount(), count);
    }

    @Test
    @DisplayName("H03 exact user-facing messages")
    void exactMessages() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(PHQ9, List.of(0, 0, 0, 0, 0, 0, 0, 0)))
                .hasMessage("PHQ9 must have 9 items, got 8");
        assertThatThrownBy(() -> QuestionnaireScoring.score(PHQ9, zerosExcept(PHQ9, 3, 4)))
                .hasMessage("item 3 must be between 0 and 3, got 4");
        assertThatThrownBy(() -> QuestionnaireScoring.score(GAD7, zerosExcept(GAD7, 1, -1)))
                .hasMessage("item 1 must be between 0 and 3, got -1");
        assertThatThrownBy(() -> QuestionnaireScoring.score(GAD7, zerosExcept(GAD7, 5, null)))
                .hasMessage("item 5 is missing");
    }

    @Test
    @DisplayName("H03 a null item list is rejected, not scored as empty")
    void nullList() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(PHQ9, null))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessage("PHQ9 items are required");
    }

    @Test
    @DisplayName("H03 a null instrument is rejected")
    void nullInstrument() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(null, List.of(0, 0, 0, 0, 0, 0, 0)))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessage("instrument is required (PHQ9 or GAD7)");
    }

    @ParameterizedTest(name = "{0} item {1} = {2}")
    @DisplayName("H03 every position is range-checked: -1 and 4 rejected, never clamped")
    @CsvSource({"PHQ9, 1, -1", "PHQ9, 1, 4", "PHQ9, 5, 4", "PHQ9, 9, -1", "PHQ9, 9, 4", "PHQ9, 9, 100",
            "GAD7, 1, 4", "GAD7, 7, -1", "GAD7, 7, 4", "GAD7, 3, -2147483648"})
    void itemOutOfRange(Instrument instrument, int position, int value) {
        assertThatThrownBy(() -> QuestionnaireScoring.score(instrument, zerosExcept(instrument, position, value)))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessage("item %d must be between 0 and 3, got %d", position, value);
    }

    @ParameterizedTest(name = "{0} item {1} missing")
    @DisplayName("H03 a missing (null) item is rejected, never scored as 0")
    @CsvSource({"PHQ9, 1", "PHQ9, 9", "GAD7, 4", "GAD7, 7"})
    void nullItem(Instrument instrument, int position) {
        assertThatThrownBy(() -> QuestionnaireScoring.score(instrument, zerosExcept(instrument, position, null)))
                .isInstanceOf(InvalidQuestionnaireException.class)
                .hasMessage("item %d is missing", position);
    }

    @Test
    @DisplayName("H03 the count is checked before the values, and the first bad item is reported")
    void orderOfChecks() {
        assertThatThrownBy(() -> QuestionnaireScoring.score(GAD7, List.of(9, 9, 9)))
                .hasMessage("GAD7 must have 7 items, got 3");
        assertThatThrownBy(() -> QuestionnaireScoring.score(GAD7, Arrays.asList(0, 7, null, 0, 0, 0, -1)))
                .hasMessage("item 2 must be between 0 and 3, got 7");
    }

    @Test
    @DisplayName("H03 the scored items are a copy: changing the caller's list afterwards changes nothing")
    void defensiveCopy() {
        List<Integer> items = new ArrayList<>(zerosExcept(PHQ9, 1, 2));
        ScoredQuestionnaire scored = QuestionnaireScoring.score(PHQ9, items);
        items.set(8, 3);
        assertThat(scored.items()).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThatThrownBy(() -> scored.items().set(0, 3)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("H03 a scored questionnaire whose total, severity or flag disagrees with its items cannot exist")
    void inconsistentRecordRefused() {
        List<Integer> items = zerosExcept(PHQ9, 9, 2);
        assertThatThrownBy(() -> new ScoredQuestionnaire(PHQ9, items, 0, Severity.MINIMAL, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not match its items");
        assertThatThrownBy(() -> new ScoredQuestionnaire(PHQ9, items, 2, Severity.MILD, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("severity");
        assertThatThrownBy(() -> new ScoredQuestionnaire(PHQ9, items, 2, Severity.MINIMAL, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk flag");
        assertThatThrownBy(() -> new ScoredQuestionnaire(GAD7, items, 2, Severity.MINIMAL, false))
                .isInstanceOf(InvalidQuestionnaireException.class).hasMessage("GAD7 must have 7 items, got 9");
        assertThat(new ScoredQuestionnaire(PHQ9, items, 2, Severity.MINIMAL, true))
                .isEqualTo(QuestionnaireScoring.score(PHQ9, items));
    }

    @Test
    void toScoreKeepsInstrumentTotalAndTime() {
        Instant at = Instant.parse("2026-03-02T09:15:00Z");
        Score score = QuestionnaireScoring.score(GAD7, itemsSummingTo(GAD7, 11)).toScore(at);
        assertThat(score).isEqualTo(new Score(GAD7, at, 11));
    }

    @Test
    @DisplayName("H03 exhaustive: every possible valid answer set scores its sum, band and flag")
    void exhaustiveOverAllValidAnswers() {
        for (Instrument instrument : Instrument.values()) {
            int combinations = 1 << (2 * instrument.itemCount());
            for (int code = 0; code < combinations; code++) {
                List<Integer> items = new ArrayList<>();
                int sum = 0;
                for (int i = 0; i < instrument.itemCount(); i++) {
                    int item = (code >> (2 * i)) & 3;
                    items.add(item);
                    sum += item;
                }
                ScoredQuestionnaire scored = QuestionnaireScoring.score(instrument, items);
                if (scored.total() != sum || scored.severity() != expectedBand(instrument, sum)
                        || scored.riskItemPositive() != (instrument == PHQ9 && items.get(8) > 0)) {
                    throw new AssertionError("mis-scored " + instrument + " " + items + ": " + scored);
                }
            }
        }
    }

    /** Written independently of Instrument.severityOf, straight from the clinical.md table. */
    private static Severity expectedBand(Instrument instrument, int total) {
        int[][] phq = {{0, 4}, {5, 9}, {10, 14}, {15, 19}, {20, 27}};
        Severity[] phqBands = {Severity.MINIMAL, Severity.MILD, Severity.MODERATE, Severity.MODERATELY_SEVERE, Severity.SEVERE};
        int[][] gad = {{0, 4}, {5, 9}, {10, 14}, {15, 21}};
        Severity[] gadBands = {Severity.MINIMAL, Severity.MILD, Severity.MODERATE, Severity.SEVERE};
        int[][] ranges = instrument == PHQ9 ? phq : gad;
        Severity[] bands = instrument == PHQ9 ? phqBands : gadBands;
        for (int i = 0; i < ranges.length; i++) {
            if (total >= ranges[i][0] && total <= ranges[i][1]) {
                return bands[i];
            }
        }
        throw new AssertionError("no band for " + total);
    }
}
