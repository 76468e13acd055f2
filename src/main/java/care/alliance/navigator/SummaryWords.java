package care.alliance.navigator;

/**
 * The rule for the navigator's own words in a data summary, in one place for the service (which
 * enforces it) and the page (which checks before asking for confirmation). No patient data: not a
 * security boundary.
 */
public final class SummaryWords {

    public static final int MIN = 10;
    /** The words column's size (V13). */
    public static final int MAX = 2000;

    private SummaryWords() {
    }

    /** Trimmed words, or a refusal that says what to change. */
    public static String valid(String words) {
        String text = words == null ? "" : words.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write your summary for the PWP: what you see in the data and what "
                    + "you did or suggest.");
        }
        if (text.length() < MIN) {
            throw new IllegalArgumentException("Too short: write at least " + MIN + " characters.");
        }
        if (text.length() > MAX) {
            throw new IllegalArgumentException("Too long: at most " + MAX + " characters (now " + text.length() + ").");
        }
        return text;
    }
}
