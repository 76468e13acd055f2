package care.alliance.shared.ui;

import java.util.Locale;

/** Codes and numbers as staff read them, the same on every page. */
public final class DisplayText {

    private DisplayText() {
    }

    /** "BEHAVIOURAL_ACTIVATION" reads "Behavioural activation"; codes a service adds read the same way. */
    public static String code(String code) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A change with its sign: "+3", "-2", "0". */
    public static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
