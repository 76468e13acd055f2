package care.alliance.patients;

import java.time.LocalDate;

/** A patient as a service hands it to a view: no entity leaves the module. */
public record PatientRecord(long id, String programmeId, String displayName, long serviceId, long pwpId,
        LocalDate referredOn, EpisodeStage stage) {
}
