package care.alliance.navigator;

/** Where a technical issue stands in the navigator's queue. Only RESOLVED frees its category for a new issue. */
public enum IssueStatus {
    OPEN("Open"),
    IN_PROGRESS("In progress"),
    WAITING_ON_PATIENT("Waiting on patient"),
    RESOLVED("Resolved");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
