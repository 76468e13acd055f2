package care.alliance.demo;

/**
 * Where an episode is in the flow of clinical.md section 3, with the share of a caseload in it.
 * Three quarters of a caseload is open (waiting, assessed, in treatment), which is what puts the
 * demo PWPs at 40-60 open episodes.
 */
enum Stage {
    WAITING(0.12),
    ASSESSED(0.10),
    IN_TREATMENT(0.53),
    DISCHARGED(0.18),
    DROPPED_OUT(0.07);

    final double share;

    Stage(double share) {
        this.share = share;
    }

    boolean open() {
        return this == WAITING || this == ASSESSED || this == IN_TREATMENT;
    }
}
