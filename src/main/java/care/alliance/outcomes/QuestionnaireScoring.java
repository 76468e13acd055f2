package care.alliance.outcomes;

import java.util.List;

/**
 * The one place where questionnaires are validated and scored (hazard H03). A questionnaire with a
 * wrong item count, a missing item or an item outside 0–3 is rejected, never "scored as 0", and
 * the total is always recomputed from the items, never taken from the sender.
 */
public final class QuestionnaireScoring {

    /** PHQ-9 item 9 ("better off dead, or hurting yourself"), 0-based; see hazard H01. */
    public static final int PHQ9_RISK_ITEM_INDEX = 8;

    private QuestionnaireScoring() {
    }

    public static ScoredQuestionnaire score(Instrument instrument, List<Integer> items) {
        List<Integer> valid = validItems(instrument, items);
        int total = sum(valid);
        return new ScoredQuestionnaire(instrument, valid, total, instrument.severityOf(total),
                riskItemPositive(instrument, valid));
    }

    /**
     * Checks count first, then each item in order, so the sender is told about the first problem
     * in the order they would fix it. Messages number items from 1, as the questionnaire does.
     *
     * @return an unmodifiable copy, so later changes to the caller's list cannot alter a score
     */
    static List<Integer> validItems(Instrument instrument, List<Integer> items) {
        if (instrument == null) {
            throw new InvalidQuestionnaireException("instrument is required (PHQ9 or GAD7)");
        }
        if (items == null) {
            throw new InvalidQuestionnaireException(instrument + " items are required");
        }
        if (items.size() != instrument.itemCount()) {
            throw new InvalidQuestionnaireException("%s must have %d items, got %d"
                    .formatted(instrument, instrument.itemCount(), items.size()));
        }
        for (int i = 0; i < items.size(); i++) {
            Integer item = items.get(i);
            if (item == null) {
                throw new InvalidQuestionnaireException("item %d is missing".formatted(i + 1));
            }
            if (item < Instrument.MIN_ITEM || item > Instrument.MAX_ITEM) {
                throw new InvalidQuestionnaireException("item %d must be between %d and %d, got %d"
                        .formatted(i + 1, Instrument.MIN_ITEM, Instrument.MAX_ITEM, item));
            }
        }
        return List.copyOf(items);
    }

    static int sum(List<Integer> validItems) {
        return validItems.stream().mapToInt(Integer::intValue).sum();
    }

    /** Any answer above 0 on PHQ-9 item 9 raises the flag; GAD-7 has no risk item. */
    static boolean riskItemPositive(Instrument instrument, List<Integer> validItems) {
        return instrument == Instrument.PHQ9 && validItems.get(PHQ9_RISK_ITEM_INDEX) > 0;
    }
}
