package care.alliance.outcomes;

/**
 * The result of applying clinical.md §2 to one episode. Every {@link Boolean} is {@code null} when
 * the rule cannot be applied (no scores, no pair, or, for recovery, not at caseness at the start):
 * unknown is never reported as {@code false}.
 *
 * @param finishedCourse    discharged with at least 2 attended treatment sessions
 * @param phq9              {@code null} when the episode has no PHQ-9 score
 * @param gad7              {@code null} when the episode has no GAD-7 score
 * @param finalOutcome      the episode is discharged, so the outcome will not change any more
 */
public record EpisodeOutcome(boolean finishedCourse, int treatmentSessions,
                             MeasureSummary phq9, MeasureSummary gad7,
                             Boolean casenessAtStart, Boolean casenessLatest,
                             Boolean reliableImprovement, Boolean reliableDeterioration,
                             Boolean recovery, Boolean reliableRecovery,
                             LiveStatus status, boolean finalOutcome) {
}
