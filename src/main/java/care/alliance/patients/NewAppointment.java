package care.alliance.patients;

import java.time.Instant;

/**
 * An appointment as the programme books it (api.md {@code POST /api/v1/appointments}); {@code id} is the
 * programme's id for it and {@code patient} the patient's programme id.
 */
public record NewAppointment(String id, String patient, Instant start, int minutes, AppointmentKind kind) {
}
