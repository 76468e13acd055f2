package care.alliance.caseload;

import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/**
 * An open episode on the supervision list. First and latest totals are {@code null} when the episode
 * has no score of that measure.
 */
public record SupervisionRow(long patientId, String displayName, String programmeId, String pwpName,
        LiveStatus status, int attendedSessions, Integer phq9First, Integer phq9Latest, Integer gad7First,
        Integer gad7Latest, EpisodeStage stage) {
}
