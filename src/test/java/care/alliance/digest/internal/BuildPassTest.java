package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class BuildPassTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void H07_autumnChange_09LondonOn25OctIsBuiltAt18LondonOn24Oct() {
        Instant start = Instant.parse("2026-10-25T09:00:00Z"); // 09:00 GMT, the clocks went back at 02:00
        Instant earlier = Instant.parse("2026-10-24T06:00:00Z");

        assertThat(BuildPass.EVENING.fireAt(start, LONDON, earlier))
                .as("18:00 BST is 17:00Z, not start minus 15 hours").contains(Instant.parse("2026-10-24T17:00:00Z"));
        assertThat(BuildPass.PREBUILD.fireAt(start, LONDON, earlier)).contains(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void H07_springChange_09LondonOn29MarIsBuiltAt18LondonOn28Mar() {
        Instant start = Instant.parse("2026-03-29T08:00:00Z"); // 09:00 BST, the clocks went forward at 01:00
        Instant earlier = Instant.parse("2026-03-28T06:00:00Z");

        assertThat(BuildPass.EVENING.fireAt(start, LONDON, earlier))
                .as("18:00 GMT is 18:00Z, not start minus 15 hours").contains(Instant.parse("2026-03-28T18:00:00Z"));
        assertThat(BuildPass.PREBUILD.fireAt(start, LONDON, earlier)).contains(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aPassedEveningFiresNowAndAPassedPrebuildIsSkipped() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        Instant now = Instant.parse("2026-11-24T09:00:00Z");

        assertThat(BuildPass.EVENING.fireAt(start, LONDON, now)).as("late is better than none").contains(now);
        assertThat(BuildPass.PREBUILD.fireAt(start, LONDON, now)).isEmpty();
        assertThat(BuildPass.REQUESTED.fireAt(start, LONDON, now)).contains(now);
    }
}
