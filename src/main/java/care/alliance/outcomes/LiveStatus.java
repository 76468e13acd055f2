package care.alliance.outcomes;

/**
 * Live status of an episode (clinical.md §2). Declared in the order the rules are tried: the first
 * rule that applies wins, so an episode that deteriorated reliably is never shown as merely
 * "not improving", and an episode without a pair is never given a verdict at all.
 */
public enum LiveStatus {
    /** No measure has two scores, so no change can be computed: say so, don't guess. */
    INSUFFICIENT_DATA,
    RELIABLY_DETERIORATED,
    ON_TRACK,
    /** No reliable change after at least 4 attended treatment sessions: the supervision list. */
    NOT_IMPROVING_BY_SESSION_4,
    NO_RELIABLE_CHANGE;

    /** The words a clinician reads on screens: one table, so every view says the same thing. */
    public String label() {
        return switch (this) {
            case INSUFFICIENT_DATA -> "Not enough scores yet";
            case RELIABLY_DETERIORATED -> "Reliably deteriorated";
            case ON_TRACK -> "On track (reliable improvement)";
            case NOT_IMPROVING_BY_SESSION_4 -> "Not improving by session 4";
            case NO_RELIABLE_CHANGE -> "No reliable change yet";
        };
    }
}
