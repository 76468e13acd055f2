package care.alliance.outcomes;

import static care.alliance.outcomes.Instrument.GAD7;
import static care.alliance.outcomes.Instrument.PHQ9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    @Test
    @DisplayName("H03/H04 constants match clinical.md: items, max total, caseness, reliable change")
    void constants() {
        assertThat(PHQ9.itemCount()).isEqualTo(9);
        assertThat(PHQ9.maxTotal()).isEqualTo(27);
        assertThat(PHQ9.casenessThreshold()).isEqualTo(10);
        assertThat(PHQ9.reliableChange()).isEqualTo(6);
        assertThat(GAD7.itemCount()).isEqualTo(7);
        assertThat(GAD7.maxTotal()).isEqualTo(21);
        assertThat(GAD7.casenessThreshold()).isEqualTo(8);
        assertThat(GAD7.reliableChange()).isEqualTo(4);
        assertThat(Instrument.MIN_ITEM).isZero();
        assertThat(Instrument.MAX_ITEM).isEqualTo(3);
    }

    @Test
    void loincCodes() {
        assertThat(Instrument.LOINC_PHQ9_PANEL).isEqualTo("44249-1");
        assertThat(Instrument.LOINC_PHQ9_TOTAL).isEqualTo("44261-6");
        assertThat(Instrument.LOINC_GAD7_TOTAL).isEqualTo("70274-6");
        assertThat(PHQ9.loincTotalCode()).isEqualTo("44261-6");
        assertThat(GAD7.loincTotalCode()).isEqualTo("70274-6");
    }

    @ParameterizedTest(name = "{0} total {1} is {2}")
    @DisplayName("H03 severity at every band edge")
    @CsvSource({
            "PHQ9, 0, MINIMAL", "PHQ9, 4, MINIMAL", "PHQ9, 5, MILD", "PHQ9, 9, MILD",
            "PHQ9, 10, MODERATE", "PHQ9, 14, MODERATE", "PHQ9, 15, MODERATELY_SEVERE",
            "PHQ9, 19, MODERATELY_SEVERE", "PHQ9, 20, SEVERE", "PHQ9, 27, SEVERE",
            "GAD7, 0, MINIMAL", "GAD7, 4, MINIMAL", "GAD7, 5, MILD", "GAD7, 9, MILD",
            "GAD7, 10, MODERATE", "GAD7, 14, MODERATE", "GAD7, 15, SEVERE", "GAD7, 19, SEVERE",
            "GAD7, 20, SEVERE", "GAD7, 21, SEVERE"})
    void severityAtBandEdges(Instrument instrument, int total, Severity expected) {
        assertThat(instrument.severityOf(total)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} total {1} is refused")
    @DisplayName("H03 a total outside 0..max cannot be banded")
    @CsvSource({"PHQ9, -1", "PHQ9, 28", "GAD7, -1", "GAD7, 22", "GAD7, 27"})
    void totalOutOfRange(Instrument instrument, int total) {
        assertThatThrownBy(() -> instrument.severityOf(total))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("%s total must be between 0 and %d, got %d", instrument, instrument.maxTotal(), total);
        assertThatThrownBy(() -> instrument.isCaseness(total)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} total {1} caseness {2}")
    @DisplayName("H04 caseness exactly at and one below the threshold")
    @CsvSource({"PHQ9, 0, false", "PHQ9, 9, false", "PHQ9, 10, true", "PHQ9, 27, true",
            "GAD7, 0, false", "GAD7, 7, false", "GAD7, 8, true", "GAD7, 21, true"})
    void caseness(Instrument instrument, int total, boolean expected) {
        assertThat(instrument.isCaseness(total)).isEqualTo(expected);
    }

    @Test
    @DisplayName("H03 GAD-7 is never 'moderately severe'; bands never step down as the total rises")
    void bandsAreMonotonic() {
        for (Instrument instrument : Instrument.values()) {
            for (int total = 1; total <= instrument.maxTotal(); total++) {
                assertThat(instrument.severityOf(total)).isGreaterThanOrEqualTo(instrument.severityOf(total - 1));
            }
        }
        for (int total = 0; total <= GAD7.maxTotal(); total++) {
            assertThat(GAD7.severityOf(total)).isNotEqualTo(Severity.MODERATELY_SEVERE);
        }
    }
}
