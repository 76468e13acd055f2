package care.alliance.outcomes;

/**
 * Severity band of a questionnaire total (clinical.md §1). Declared from least to most severe so
 * that ordinal order is clinical order. {@link #MODERATELY_SEVERE} exists only for PHQ-9: GAD-7
 * goes straight from moderate (10–14) to severe (15–21).
 */
public enum Severity {
    MINIMAL,
    MILD,
    MODERATE,
    MODERATELY_SEVERE,
    SEVERE
}
