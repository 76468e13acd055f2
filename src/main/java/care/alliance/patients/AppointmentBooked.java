package care.alliance.patients;

/**
 * A new appointment was booked. Published inside the booking's transaction after the row is flushed,
 * so a plain {@code @EventListener} sees it and commits with it (the digest plans its builds). Ids only.
 */
public record AppointmentBooked(long appointmentId) {
}
