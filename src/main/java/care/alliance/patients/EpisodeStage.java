package care.alliance.patients;

import java.time.LocalDate;

/** Stages of an episode of care (clinical.md §3), derived from its transition dates. */
public enum EpisodeStage {
    WAITING, ASSESSED, IN_TREATMENT, DISCHARGED, DROPPED_OUT;

    public static EpisodeStage of(LocalDate assessedOn, LocalDate firstTreatmentOn, LocalDate secondTreatmentOn,
            LocalDate dischargedOn) {
        if (dischargedOn != null) {
            // finished a course = at least 2 treatment sessions; fewer is a drop-out
            return secondTreatmentOn != null ? DISCHARGED : DROPPED_OUT;
        }
        if (firstTreatmentOn != null) {
            return IN_TREATMENT;
        }
        return assessedOn != null ? ASSESSED : WAITING;
    }

    public String label() {
        return switch (this) {
            case WAITING -> "Waiting for assessment";
            case ASSESSED -> "Assessed";
            case IN_TREATMENT -> "In treatment";
            case DISCHARGED -> "Discharged";
            case DROPPED_OUT -> "Dropped out";
        };
    }
}
