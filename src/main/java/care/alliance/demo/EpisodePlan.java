package care.alliance.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of one episode: its stage dates (read off its appointments) and the days on which the
 * patient uses the digital programme, {@code activeFrom} inclusive to {@code activeUntil} exclusive
 * (both null when the patient has not been set up yet).
 */
record EpisodePlan(Stage stage, LocalDate referredOn, LocalDate assessedOn, LocalDate firstTreatmentOn,
        LocalDate secondTreatmentOn, LocalDate dischargedOn, List<Slot> slots, LocalDate activeFrom,
        LocalDate activeUntil) {

    boolean active() {
        return activeFrom != null && activeFrom.isBefore(activeUntil);
    }

    /** The day treatment began, or for a patient still waiting for it the day it would begin. */
    LocalDate treatmentAnchor() {
        return firstTreatmentOn != null ? firstTreatmentOn : assessedOn.plusDays(14);
    }
}
