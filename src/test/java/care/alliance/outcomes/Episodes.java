package care.alliance.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small fixtures for outcome tests: scores dated in days from a fixed start, episodes from them. */
final class Episodes {

    static final Instant START = Instant.parse("2026-01-12T09:00:00Z");

    private Episodes() {
    }

    static Score phq(int day, int total) {
        return new Score(Instrument.PHQ9, START.plus(Duration.ofDays(day)), total);
    }

    static Score gad(int day, int total) {
        return new Score(Instrument.GAD7, START.plus(Duration.ofDays(day)), total);
    }

    static EpisodeFacts open(int sessions, Score... scores) {
        return new EpisodeFacts(List.of(scores), sessions, false);
    }

    static EpisodeFacts discharged(int sessions, Score... scores) {
        return new EpisodeFacts(List.of(scores), sessions, true);
    }

    static EpisodeOutcome evaluate(int sessions, Score... scores) {
        return OutcomeRules.evaluate(open(sessions, scores));
    }

    /** Valid answers that add up to {@code total}: 3s from item 1 onwards, remainder next, then 0s. */
    static List<Integer> itemsSummingTo(Instrument instrument, int total) {
        List<Integer> items = new ArrayList<>();
        int left = total;
        for (int i = 0; i < instrument.itemCount(); i++) {
            int item = Math.min(Instrument.MAX_ITEM, left);
            items.add(item);
            left -= item;
        }
        if (left != 0) {
            throw new IllegalArgumentException("total too high for " + instrument + ": " + total);
        }
        return items;
    }

    /** Answers with every item 0 except the one at the 1-based {@code position} (may be null). */
    static List<Integer> zerosExcept(Instrument instrument, int position, Integer value) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(instrument.itemCount(), 0));
        items.set(position - 1, value);
        return items;
    }
}
