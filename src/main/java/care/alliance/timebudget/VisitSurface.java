package care.alliance.timebudget;

/** Where a PWP's active time on a patient was measured; both are recorded as digest / progress review. */
public enum VisitSurface {
    PATIENT_PAGE, DIGEST;

    String label() {
        return this == PATIENT_PAGE ? "patient page" : "digest";
    }
}
