package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import care.alliance.digest.DigestContent.Mood;
import care.alliance.programme.MoodHistory.MoodRating;

class MoodSummaryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static MoodRating at(String instant, int score) {
        return new MoodRating(Instant.parse(instant), score);
    }

    @Test
    @DisplayName("H07 days are London days across the October clock change: the 25-hour day is one day")
    void H07_octoberClockChange() {
        // since = start of Sun 25 Oct in London (00:00 BST = 23:00 UTC on the 24th); until = start of 27 Oct (GMT)
        Instant since = Instant.parse("2026-10-24T23:00:00Z");
        Instant until = Instant.parse("2026-10-27T00:00:00Z");
        List<MoodRating> ratings = List.of(
                at("2026-10-24T23:30:00Z", 6),  // 00:30 BST on the 25th
                at("2026-10-25T23:30:00Z", 4),  // 23:30 GMT, still the 25th: the day had 25 hours
                at("2026-10-26T00:30:00Z", 5)); // 00:30 GMT on the 26th
        Mood mood = MoodSummary.of(ratings, since, until, LONDON);
        assertThat(mood.days()).isEqualTo(2);
        assertThat(mood.daysRated()).isEqualTo(2);
        assertThat(mood.mean()).isEqualTo(5.0);
        assertThat(mood.lowest()).isEqualTo(4);
        // day 0: 6 and 4, day 1: 5 → least-squares slope 0
        assertThat(mood.trend()).isEqualTo(0.0);
    }

    @Test
    @DisplayName("H07 the same UTC instant is a different London day in summer: 23:30 UTC is tomorrow")
    void H07_summerEvening() {
        Instant since = Instant.parse("2026-07-01T09:00:00Z");
        Instant until = Instant.parse("2026-07-03T09:00:00Z");
        Mood mood = MoodSummary.of(List.of(at("2026-07-01T10:00:00Z", 7), at("2026-07-01T23:30:00Z", 7)),
                since, until, LONDON);
        assertThat(mood.days()).isEqualTo(3);
        assertThat(mood.daysRated()).isEqualTo(2);
    }

    @Test
    void slopeIsPointsPerDayByLeastSquares() {
        Instant since = Instant.parse("2026-11-02T00:00:00Z");
        Mood mood = MoodSummary.of(List.of(at("2026-11-02T12:00:00Z", 8), at("2026-11-03T12:00:00Z", 7),
                at("2026-11-04T12:00:00Z", 5), at("2026-11-05T12:00:00Z", 4)), since,
                Instant.parse("2026-11-09T00:00:00Z"), LONDON);
        assertThat(mood.days()).isEqualTo(7);
        assertThat(mood.daysRated()).isEqualTo(4);
        assertThat(mood.mean()).isEqualTo(6.0);
        assertThat(mood.trend()).isEqualTo(-1.4);
        assertThat(mood.lowest()).isEqualTo(4);
    }

    @Test
    @DisplayName("no ratings: nothing is made up, and one day gives no trend")
    void noRatings() {
        Instant since = Instant.parse("2026-11-02T00:00:00Z");
        assertThat(MoodSummary.of(List.of(), since, since.plusSeconds(86_400), LONDON))
                .isEqualTo(new Mood(0, 1, null, null, null));
        assertThat(MoodSummary.of(List.of(at("2026-11-02T12:00:00Z", 3)), since, since.plusSeconds(86_400), LONDON)
                .trend()).isNull();
    }
}
