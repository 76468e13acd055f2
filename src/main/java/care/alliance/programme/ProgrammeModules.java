package care.alliance.programme;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The programme's module catalogue (clinical.md §4). A service may add transdiagnostic modules
 * (e.g. RELAXATION) that Alliance does not list yet, so any well-formed code is accepted for
 * progress: upper-case letters, digits and underscores, at most 40 characters (the column's size).
 */
public final class ProgrammeModules {

    /** The four core elements of low-intensity CBT, in the programme's order. */
    public static final List<String> MANDATORY = List.of("PSYCHOEDUCATION", "BEHAVIOURAL_ACTIVATION",
            "COGNITIVE_RESTRUCTURING", "RELAPSE_PREVENTION");
    public static final List<String> OPTIONAL = List.of("PHYSICAL_EXERCISE", "PROBLEM_SOLVING");
    public static final int MAX_CODE_LENGTH = 40;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_CODE_LENGTH - 1) + "}");

    private ProgrammeModules() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
