package care.alliance.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The days of a period read like the other pages' days; the year appears only when it changes. */
class DisplayTimeTest {

    @Test
    void aPeriodWithinOneYearIsWrittenWithoutTheYear() {
        assertThat(DisplayTime.period(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 24)))
                .isEqualTo("Wed 11 Nov to Tue 24 Nov");
    }

    @Test
    void aPeriodAcrossNewYearNamesBothYears() {
        assertThat(DisplayTime.period(LocalDate.of(2026, 12, 22), LocalDate.of(2027, 1, 4)))
                .isEqualTo("Tue 22 Dec 2026 to Mon 4 Jan 2027");
    }
}
