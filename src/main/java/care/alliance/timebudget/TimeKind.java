package care.alliance.timebudget;

import care.alliance.patients.AppointmentKind;

/**
 * What a ledger entry's minutes were spent on (issue #7). The first four are work with one patient and
 * name the patient; programme learning and admin never name one; supervision and navigator liaison
 * may. The V14 CHECK repeats these rules.
 */
public enum TimeKind {
    FACE_TO_FACE, ONLINE_REVIEW, MESSAGE_WRITING, DIGEST_REVIEW, PROGRAMME_LEARNING, SUPERVISION, ADMIN,
    NAVIGATOR_LIAISON;

    /**
     * What an attended appointment's minutes count as. An assessment is face to face: the patient is
     * there, and it is a clinical contact like any session.
     */
    public static TimeKind ofAppointment(AppointmentKind kind) {
        return kind == AppointmentKind.ONLINE_REVIEW ? ONLINE_REVIEW : FACE_TO_FACE;
    }

    public boolean needsPatient() {
        return this == FACE_TO_FACE || this == ONLINE_REVIEW || this == MESSAGE_WRITING || this == DIGEST_REVIEW;
    }

    public boolean allowsPatient() {
        return this != PROGRAMME_LEARNING && this != ADMIN;
    }

    /**
     * Work a traditional caseload target does not count (clinical.md §4: online reviews, messages and
     * programme learning were not counted in the source study; digest reading and liaison with the
     * navigator are new blended work of the same sort). The budget makes these minutes visible.
     */
    public boolean isUncounted() {
        return this == ONLINE_REVIEW || this == MESSAGE_WRITING || this == DIGEST_REVIEW
                || this == PROGRAMME_LEARNING || this == NAVIGATOR_LIAISON;
    }

    /** The patient work the blended share of a PWP's capacity is reserved for. */
    public boolean isBlended() {
        return this == ONLINE_REVIEW || this == MESSAGE_WRITING || this == DIGEST_REVIEW;
    }

    public String label() {
        return switch (this) {
            case FACE_TO_FACE -> "Face-to-face session";
            case ONLINE_REVIEW -> "Online review";
            case MESSAGE_WRITING -> "Message writing";
            case DIGEST_REVIEW -> "Digest / progress review";
            case PROGRAMME_LEARNING -> "Programme learning / training";
            case SUPERVISION -> "Supervision";
            case ADMIN -> "Admin";
            case NAVIGATOR_LIAISON -> "Navigator liaison";
        };
    }
}
