package care.alliance.patients;

/** An appointment is BOOKED until the programme records what happened. */
public enum AppointmentStatus {
    BOOKED, ATTENDED, DID_NOT_ATTEND, CANCELLED
}
