package care.alliance.caseload;

/**
 * The columns a caseload can be sorted by. The SQL each one stands for lives in a whitelist next to
 * the query, so nothing a user sends ever becomes part of a statement. Patients without a value
 * (no appointment booked, no score yet) come last in either direction.
 */
public enum CaseloadSort {
    PATIENT, STAGE, NEXT_APPOINTMENT, PHQ9, GAD7, STATUS, MOOD, MODULES, ISSUES, UNREAD;

    public record Order(CaseloadSort column, boolean descending) {

        public static Order ascending(CaseloadSort column) {
            return new Order(column, false);
        }

        public static Order descending(CaseloadSort column) {
            return new Order(column, true);
        }
    }
}
