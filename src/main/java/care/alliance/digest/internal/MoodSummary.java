package care.alliance.digest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import care.alliance.digest.DigestContent.Mood;
import care.alliance.programme.MoodHistory.MoodRating;

/**
 * Mood adherence and trend over a period. Days are calendar days in the service's zone (H07), so a
 * 25-hour clock-change day is one day and a rating at 00:30 BST belongs to the day it was in London.
 */
final class MoodSummary {

    private MoodSummary() {
    }

    static Mood of(List<MoodRating> ratings, Instant since, Instant until, ZoneId zone) {
        LocalDate first = since.atZone(zone).toLocalDate();
        // until is exclusive: a period ending exactly at midnight does not reach into the next day
        LocalDate last = until.minusNanos(1).atZone(zone).toLocalDate();
        int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
        if (ratings.isEmpty()) {
            return new Mood(0, days, null, null, null);
        }
        int n = ratings.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(first, ratings.get(i).occurredAt().atZone(zone).toLocalDate());
            y[i] = ratings.get(i).score();
        }
        int daysRated = (int) java.util.Arrays.stream(x).distinct().count();
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        int lowest = ratings.stream().mapToInt(MoodRating::score).min().orElseThrow();
        return new Mood(daysRated, days, round(mean, 1), daysRated < 2 ? null : round(slope(x, y), 2), lowest);
    }

    /** Least-squares slope in points per day; only called with at least two distinct days. */
    static double slope(double[] x, double[] y) {
        double meanX = java.util.Arrays.stream(x).average().orElseThrow();
        double meanY = java.util.Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return covariance / variance;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
