package care.alliance.caseload.internal;

import java.time.Instant;
import java.util.List;

import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.outcomes.Score;
import care.alliance.patients.EpisodeStage;

/**
 * One row of episode_state: what {@link OutcomeRules} (the one implementation of clinical.md §2, H04)
 * says about an episode, its stage, and when each measure's latest score was answered, which the
 * rules' summary does not carry. Scores count by when they were answered, never by arrival (H05).
 */
public record EpisodeState(long episodeId, EpisodeStage stage, EpisodeOutcome outcome, Instant phq9LatestAt,
        Instant gad7LatestAt) {

    public static EpisodeState of(EpisodeSnapshots.Snapshot snapshot) {
        List<Score> scores = snapshot.patientScores().stream()
                .filter(score -> snapshot.dates().scoreWindowContains(score.occurredAt(), snapshot.zone()))
                .toList();
        boolean discharged = snapshot.dates().dischargedOn() != null;
        EpisodeOutcome outcome = OutcomeRules.evaluate(new EpisodeFacts(scores, snapshot.sessions(), discharged));
        return new EpisodeState(snapshot.episodeId(), snapshot.dates().stage(), outcome,
                latestAt(scores, Instrument.PHQ9), latestAt(scores, Instrument.GAD7));
    }

    private static Instant latestAt(List<Score> scores, Instrument instrument) {
        return scores.stream().filter(score -> score.instrument() == instrument).map(Score::occurredAt)
                .max(Instant::compareTo).orElse(null);
    }
}
