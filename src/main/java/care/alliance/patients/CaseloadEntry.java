package care.alliance.patients;

import java.time.Instant;
import java.time.LocalDate;

/** One row of a PWP's caseload: an open episode and the patient's next booked appointment. */
public record CaseloadEntry(long patientId, String programmeId, String displayName, LocalDate referredOn,
        EpisodeStage stage, Instant nextAppointment) {
}
