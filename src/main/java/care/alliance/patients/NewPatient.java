package care.alliance.patients;

import java.time.LocalDate;

/**
 * A patient as the programme registers it (api.md {@code POST /api/v1/patients}): the patient and
 * their first episode of care, assigned to {@code pwp} (a username) in {@code service} (a code).
 */
public record NewPatient(String programmeId, String displayName, String pwp, LocalDate referredOn, String service) {
}
