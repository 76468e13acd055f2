package care.alliance.outcomes;

/**
 * The two questionnaires of clinical.md §1 with every number the outcome rules of §2 need, so that
 * each threshold is named in exactly one place (hazard H04).
 */
public enum Instrument {
    PHQ9(9, 10, 6),
    GAD7(7, 8, 4);

    /** LOINC: PHQ-9 panel (clinical.md §1), for exports to other systems. */
    public static final String LOINC_PHQ9_PANEL = "44249-1";
    /** LOINC: PHQ-9 total score. */
    public static final String LOINC_PHQ9_TOTAL = "44261-6";
    /** LOINC: GAD-7 total score. */
    public static final String LOINC_GAD7_TOTAL = "70274-6";

    /** Every item of both instruments is scored 0–3. */
    public static final int MIN_ITEM = 0;
    public static final int MAX_ITEM = 3;

    private final int itemCount;
    private final int casenessThreshold;
    private final int reliableChange;

    Instrument(int itemCount, int casenessThreshold, int reliableChange) {
        this.itemCount = itemCount;
        this.casenessThreshold = casenessThreshold;
        this.reliableChange = reliableChange;
    }

    public int itemCount() {
        return itemCount;
    }

    /** 27 for PHQ-9, 21 for GAD-7: derived, so it can never disagree with the item count. */
    public int maxTotal() {
        return itemCount * MAX_ITEM;
    }

    /** Lowest total that counts as caseness: PHQ-9 ≥ 10, GAD-7 ≥ 8. */
    public int casenessThreshold() {
        return casenessThreshold;
    }

    /** Smallest fall (or rise) that counts as reliable change: PHQ-9 6, GAD-7 4. */
    public int reliableChange() {
        return reliableChange;
    }

    public boolean isCaseness(int total) {
        requireValidTotal(total);
        return total >= casenessThreshold;
    }

    /** The severity band of a total; GAD-7 has no "moderately severe" band. */
    public Severity severityOf(int total) {
        requireValidTotal(total);
        if (total <= 4) {
            return Severity.MINIMAL;
        }
        if (total <= 9) {
            return Severity.MILD;
        }
        if (total <= 14) {
            return Severity.MODERATE;
        }
        if (this == PHQ9 && total <= 19) {
            return Severity.MODERATELY_SEVERE;
        }
        return Severity.SEVERE;
    }

    public String loincTotalCode() {
        return this == PHQ9 ? LOINC_PHQ9_TOTAL : LOINC_GAD7_TOTAL;
    }

    /** A total outside 0..max can only come from a bug or a forged record: refuse to band it. */
    void requireValidTotal(int total) {
        if (total < 0 || total > maxTotal()) {
            throw new IllegalArgumentException(
                    "%s total must be between 0 and %d, got %d".formatted(name(), maxTotal(), total));
        }
    }
}
