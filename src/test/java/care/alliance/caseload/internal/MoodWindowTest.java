package care.alliance.caseload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("H07 mood-adherence days are local days, also across clock changes")
class MoodWindowTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void sevenCompleteDaysEndAtTodaysLocalMidnight() {
        MoodWindow window = MoodWindow.completeDaysBefore(LocalDate.of(2026, 1, 15), LONDON, 7);

        assertThat(window.days()).isEqualTo(7);
        assertThat(window.boundaries().getFirst()).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(window.boundaries().getLast()).isEqualTo(Instant.parse("2026-01-15T00:00:00Z"));
    }

    @Test
    void H07_theSpringForwardDayHas23HoursAndTheLaterDaysStartAtBstMidnight() {
        MoodWindow window = MoodWindow.completeDaysBefore(LocalDate.of(2026, 3, 30), LONDON, 7);

        assertThat(hours(window)).containsExactly(24L, 24L, 24L, 24L, 24L, 24L, 23L);
        assertThat(window.boundaries().getLast()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
    }

    @Test
    void H07_theFallBackDayHas25Hours() {
        MoodWindow window = MoodWindow.completeDaysBefore(LocalDate.of(2026, 10, 26), LONDON, 7);

        assertThat(hours(window)).containsExactly(24L, 24L, 24L, 24L, 24L, 24L, 25L);
        assertThat(window.boundaries().getFirst()).isEqualTo(Instant.parse("2026-10-18T23:00:00Z"));
        assertThat(window.boundaries().getLast()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

    private static List<Long> hours(MoodWindow window) {
        List<Instant> b = window.boundaries();
        return IntStream.range(0, window.days()).mapToObj(i -> Duration.between(b.get(i), b.get(i + 1)).toHours())
                .toList();
    }
}
