package care.alliance.patients;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The transition dates of an episode of care (clinical.md §3); those not reached yet are {@code null}. */
public record EpisodeDates(LocalDate referredOn, LocalDate assessedOn, LocalDate firstTreatmentOn,
        LocalDate secondTreatmentOn, LocalDate dischargedOn) {

    public EpisodeStage stage() {
        return EpisodeStage.of(assessedOn, firstTreatmentOn, secondTreatmentOn, dischargedOn);
    }

    /**
     * Whether a score answered at {@code at} belongs to this episode: from the start of the referral
     * day to the end of the discharge day (no end while open), in the service's zone (H07). The one
     * definition of the window, for the outcome API and the stored episode state alike.
     */
    public boolean scoreWindowContains(Instant at, ZoneId zone) {
        Instant until = scoresUntil(zone);
        return !at.isBefore(scoresFrom(zone)) && (until == null || at.isBefore(until));
    }

    /** Start of the score window: the start of the referral day in the service's zone. */
    public Instant scoresFrom(ZoneId zone) {
        return referredOn.atStartOfDay(zone).toInstant();
    }

    /** End of the score window (exclusive): the end of the discharge day, or {@code null} while open. */
    public Instant scoresUntil(ZoneId zone) {
        return dischargedOn == null ? null : dischargedOn.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
