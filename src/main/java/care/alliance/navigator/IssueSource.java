package care.alliance.navigator;

/** Who opened a technical issue: a detection rule, a clinician handing it over, or the navigator. */
public enum IssueSource {
    DETECTED("Detected automatically"),
    PWP_REPORT("Reported by clinician"),
    NAVIGATOR("Raised by navigator");

    private final String label;

    IssueSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
