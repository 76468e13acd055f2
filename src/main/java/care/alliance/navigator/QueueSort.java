package care.alliance.navigator;

/**
 * The orders a queue can be sorted in. The SQL for each is a whitelist next to the query, so nothing
 * a user sends becomes part of a statement. Ties are broken by age (oldest first), then by id.
 */
public enum QueueSort {
    /** How long the issue has been open: ascending = youngest first, descending = longest waiting first. */
    AGE,
    /** Ascending = lowest first. */
    SEVERITY;

    public record Order(QueueSort column, boolean descending) {
    }
}
