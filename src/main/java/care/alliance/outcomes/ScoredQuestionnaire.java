package care.alliance.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * A validated, scored questionnaire. Normally built by {@link QuestionnaireScoring#score}; the
 * constructor re-derives every field from the items and refuses a mismatch, so no code path can
 * create one whose total, severity or risk flag disagrees with its answers (hazards H01, H03).
 */
public record ScoredQuestionnaire(Instrument instrument, List<Integer> items, int total,
                                  Severity severity, boolean riskItemPositive) {

    public ScoredQuestionnaire {
        items = QuestionnaireScoring.validItems(instrument, items);
        int sum = QuestionnaireScoring.sum(items);
        if (total != sum) {
            throw new IllegalArgumentException(
                    "%s total %d does not match its items (sum %d)".formatted(instrument, total, sum));
        }
        if (severity != instrument.severityOf(sum)) {
            throw new IllegalArgumentException("%s severity %s does not match total %d"
                    .formatted(instrument, severity, sum));
        }
        if (riskItemPositive != QuestionnaireScoring.riskItemPositive(instrument, items)) {
            throw new IllegalArgumentException(
                    "%s risk flag %s does not match its items".formatted(instrument, riskItemPositive));
        }
    }

    /** The total as one point of an episode, dated when the patient answered (not on arrival). */
    public Score toScore(Instant occurredAt) {
        return new Score(instrument, occurredAt, total);
    }
}
