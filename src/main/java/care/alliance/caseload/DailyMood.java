package care.alliance.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import care.alliance.programme.MoodHistory.MoodRating;

/**
 * Mood over a fixed run of days, counted in the service's zone (H07: a rating at 00:30 London time
 * in summer belongs to that London day, not the UTC one). A day without a rating has no mean, so a
 * chart shows a gap, never a line through it (H14); a day with several ratings has their mean.
 *
 * @param latest the newest single rating in the run, {@code null} if there is none
 */
public record DailyMood(List<Day> days, MoodRating latest) {

    public record Day(LocalDate date, Double mean, int ratings) {

        public boolean rated() {
            return ratings > 0;
        }
    }

    public static DailyMood of(List<MoodRating> ratings, LocalDate lastDay, int length, ZoneId zone) {
        LocalDate firstDay = lastDay.minusDays(length - 1L);
        int[] sums = new int[length];
        int[] counts = new int[length];
        MoodRating latest = null;
        for (MoodRating rating : ratings) {
            LocalDate day = rating.occurredAt().atZone(zone).toLocalDate();
            int index = (int) (day.toEpochDay() - firstDay.toEpochDay());
            if (index < 0 || index >= length) {
                continue;
            }
            sums[index] += rating.score();
            counts[index]++;
            if (latest == null || rating.occurredAt().isAfter(latest.occurredAt())) {
                latest = rating;
            }
        }
        List<Day> days = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            days.add(new Day(firstDay.plusDays(i), counts[i] == 0 ? null : (double) sums[i] / counts[i], counts[i]));
        }
        return new DailyMood(List.copyOf(days), latest);
    }

    public long daysRated() {
        return days.stream().filter(Day::rated).count();
    }

    /** The mean of the rated days' means: every day weighs the same, as on the chart. */
    public OptionalDouble mean() {
        return days.stream().filter(Day::rated).mapToDouble(Day::mean).average();
    }

    /** The lowest day; of equally low days the most recent, the one a clinician asks about first. */
    public Optional<Day> lowest() {
        return days.stream().filter(Day::rated)
                .min(Comparator.comparingDouble(Day::mean).thenComparing(Day::date, Comparator.reverseOrder()));
    }
}
