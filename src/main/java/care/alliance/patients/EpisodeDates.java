package care.alliance.patients;

import java.time.LocalDate;

/** The transition dates of an episode of care (clinical.md §3); those not reached yet are {@code null}. */
public record EpisodeDates(LocalDate referredOn, LocalDate assessedOn, LocalDate firstTreatmentOn,
        LocalDate secondTreatmentOn, LocalDate dischargedOn) {
}
