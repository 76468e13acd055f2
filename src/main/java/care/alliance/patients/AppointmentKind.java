package care.alliance.patients;

/**
 * What an appointment is for (api.md). An attended {@link #ASSESSMENT} assesses the episode; attended
 * {@link #FACE_TO_FACE} and {@link #ONLINE_REVIEW} appointments are its treatment sessions.
 */
public enum AppointmentKind {
    ASSESSMENT, FACE_TO_FACE, ONLINE_REVIEW;

    public boolean isTreatmentSession() {
        return this != ASSESSMENT;
    }

    public String label() {
        return switch (this) {
            case ASSESSMENT -> "Assessment";
            case FACE_TO_FACE -> "Face to face";
            case ONLINE_REVIEW -> "Online review";
        };
    }
}
