package care.alliance.navigator;

/**
 * What a navigator narrows the queue to; every part is optional ({@code null} = any).
 *
 * @param status   one status; without it the queue holds every unresolved issue, and RESOLVED looks back
 * @param assigned whose issues; {@code null} = anyone's
 * @param search   part of the patient's name, or the start of the programme id, taken literally
 */
public record IssueQueueFilter(IssueStatus status, TechnicalIssueCategory category, IssueSource source,
        Assigned assigned, String search) {

    public static final IssueQueueFilter NONE = new IssueQueueFilter(null, null, null, null, null);

    public enum Assigned {
        TO_ME("Assigned to me"),
        UNASSIGNED("Unassigned");

        private final String label;

        Assigned(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public IssueQueueFilter {
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public boolean isEmpty() {
        return status == null && category == null && source == null && assigned == null && search == null;
    }
}
