package care.alliance.timebudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The active-time rules: idle time excluded, never past the next activity or the end, capped, rounded. */
class ActiveTimeTest {

    static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");
    final ActiveTime active = ActiveTime.defaults();

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void defaultsAreSixtySecondsIdleTwentyMinuteCapOneMinuteMinimum() {
        assertThat(ActiveTime.IDLE).isEqualTo(Duration.ofSeconds(60));
        assertThat(ActiveTime.CAP).isEqualTo(Duration.ofMinutes(20));
        assertThat(ActiveTime.MINIMUM).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void idleTimeAfterTheThresholdDoesNotCount() {
        // opened at 0, scrolled at 30 and at 600 (a long pause), left at 900
        Duration counted = active.active(T0, at(900), List.of(at(30), at(600)));

        assertThat(counted).isEqualTo(Duration.ofSeconds(30 + 60 + 60));
        assertThat(active.minutes(T0, at(900), List.of(at(30), at(600)))).isEqualTo(3);
    }

    @Test
    void aWindowNeverRunsPastTheNextActivityOrTheEnd() {
        assertThat(active.active(T0, at(100), List.of(at(10), at(20), at(90)))).isEqualTo(Duration.ofSeconds(
                10 + 10 + 60 + 10));
        assertThat(active.active(T0, at(20), List.of())).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void unorderedAndRepeatedMomentsCountOnce() {
        assertThat(active.active(T0, at(200), List.of(at(90), at(30), at(90)))).isEqualTo(
                active.active(T0, at(200), List.of(at(30), at(90))));
    }

    @Test
    void aLongSteadyVisitIsCappedAtTwentyMinutes() {
        List<Instant> every30s = new ArrayList<>();
        for (int s = 30; s < 3600; s += 30) {
            every30s.add(at(s));
        }
        assertThat(active.active(T0, at(3600), every30s)).isEqualTo(Duration.ofHours(1));
        assertThat(active.minutes(T0, at(3600), every30s)).isEqualTo(20);
    }

    @Test
    void underAMinuteRecordsNothingAndMinutesRoundHalfUp() {
        assertThat(active.minutes(T0, at(59), List.of(at(30)))).isZero();
        assertThat(active.minutes(T0, at(89), List.of(at(50)))).isEqualTo(1);
        assertThat(active.minutes(T0, at(90), List.of(at(50)))).isEqualTo(2);
        assertThat(active.minutes(T0, T0, List.of())).isZero();
    }

    @Test
    void absurdInputIsRefused() {
        assertThatThrownBy(() -> active.minutes(at(10), T0, List.of())).hasMessage("The visit ends before it starts.");
        assertThatThrownBy(() -> active.minutes(T0, at(60), List.of(at(61)))).hasMessageContaining("outside the visit");
        assertThatThrownBy(() -> active.minutes(T0, at(60), List.of(at(-1)))).hasMessageContaining("outside the visit");
        assertThatThrownBy(() -> active.minutes(T0, T0.plus(Duration.ofHours(12)).plusSeconds(1), List.of()))
                .hasMessageContaining("longer than 12 hours");
        assertThatThrownBy(() -> active.minutes(T0, at(60), Collections.nCopies(10_001, at(1))))
                .hasMessageContaining("at most 10000");
        assertThatThrownBy(() -> active.minutes(null, at(60), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> active.minutes(T0, at(60), java.util.Arrays.asList(at(1), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(active.minutes(T0, T0.plus(Duration.ofHours(12)), Collections.nCopies(10_000, at(1)))).isEqualTo(1);
    }
}
