package care.alliance.patients;

import java.time.LocalDate;

import care.alliance.outcomes.EpisodeOutcome;

/**
 * The outcome of a patient's current episode (clinical.md §2) as computed by the outcome rules, with
 * whether the patient has an unreviewed risk flag (clinical.md §1, H01).
 */
public record PatientOutcome(String programmeId, EpisodeDates episode, EpisodeOutcome outcome,
        boolean riskFlagOpen) {
}
