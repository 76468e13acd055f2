package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.alliance.programme.MoodHistory.MoodRating;

class DailyMoodTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void H14_aDayWithoutARatingHasNoValueAndSeveralRatingsAreAveraged() {
        DailyMood mood = DailyMood.of(List.of(rating("2026-11-23T20:00:00Z", 7), rating("2026-11-23T08:00:00Z", 4),
                rating("2026-11-21T20:00:00Z", 2)), LocalDate.of(2026, 11, 23), 5, LONDON);

        assertThat(mood.days()).extracting(DailyMood.Day::date).containsExactly(LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23));
        assertThat(mood.days()).extracting(DailyMood.Day::mean).containsExactly(null, null, 2.0, null, 5.5);
        assertThat(mood.daysRated()).isEqualTo(2);
        assertThat(mood.mean()).hasValue(3.75);
        assertThat(mood.lowest()).get().extracting(DailyMood.Day::date).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(mood.latest().score()).isEqualTo(7);
    }

    @Test
    void H07_daysAreLondonDaysInSummerTime() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST)
        DailyMood mood = DailyMood.of(List.of(rating("2026-06-30T23:30:00Z", 6)), LocalDate.of(2026, 7, 1), 2, LONDON);
        assertThat(mood.days()).extracting(DailyMood.Day::mean).containsExactly(null, 6.0);
    }

    @Test
    void H07_theShortAndTheLongDayAroundTheClockChangesKeepTheirLateRatings() {
        // 29 March 2026: clocks go forward at 01:00 UTC; 25 October 2026: back at 01:00 UTC
        DailyMood spring = DailyMood.of(List.of(rating("2026-03-28T23:59:00Z", 3), rating("2026-03-29T22:59:00Z", 5),
                rating("2026-03-29T23:01:00Z", 8)), LocalDate.of(2026, 3, 30), 3, LONDON);
        assertThat(spring.days()).extracting(DailyMood.Day::mean).containsExactly(3.0, 5.0, 8.0);
        DailyMood autumn = DailyMood.of(List.of(rating("2026-10-24T22:59:00Z", 3), rating("2026-10-24T23:00:00Z", 5),
                rating("2026-10-25T23:59:00Z", 8)), LocalDate.of(2026, 10, 25), 2, LONDON);
        assertThat(autumn.days()).extracting(DailyMood.Day::mean).containsExactly(3.0, 6.5);
    }

    @Test
    void ratingsOutsideTheRunAreLeftOutAndNoRatingsMeansNoLatest() {
        DailyMood mood = DailyMood.of(List.of(rating("2026-10-26T23:30:00Z", 9), rating("2026-11-24T00:30:00Z", 9)), LocalDate.of(2026, 11, 23), 28, LONDON);
        assertThat(mood.daysRated()).isZero();
        assertThat(mood.latest()).isNull();
        assertThat(mood.mean()).isEmpty();
    }

    @Test
    void ofTwoEquallyLowDaysTheMoreRecentIsTheLowest() {
        DailyMood mood = DailyMood.of(List.of(rating("2026-11-20T12:00:00Z", 2), rating("2026-11-22T12:00:00Z", 2)),
                LocalDate.of(2026, 11, 23), 7, LONDON);
        assertThat(mood.lowest()).get().extracting(DailyMood.Day::date).isEqualTo(LocalDate.of(2026, 11, 22));
    }

    private static MoodRating rating(String at, int score) {
        return new MoodRating(Instant.parse(at), score);
    }
}
