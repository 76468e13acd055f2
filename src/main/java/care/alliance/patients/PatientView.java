package care.alliance.patients;

import java.time.LocalDate;

/**
 * A patient as the API answers it: the registration fields, then the state of the patient's current
 * episode. {@code pwp} is that episode's PWP.
 */
public record PatientView(String programmeId, String displayName, String pwp, LocalDate referredOn, String service,
        LocalDate dischargedOn, EpisodeStage stage) {
}
