package care.alliance.patients;

import java.time.Instant;

/** An appointment as the API answers it, with the stage dates of its episode as they now stand. */
public record AppointmentView(String id, String patient, Instant start, int minutes, AppointmentKind kind,
        AppointmentStatus status, EpisodeDates episode) {

    boolean sameBookingAs(NewAppointment request) {
        return id.equals(request.id()) && patient.equals(request.patient()) && start.equals(request.start())
                && minutes == request.minutes() && kind == request.kind();
    }
}
