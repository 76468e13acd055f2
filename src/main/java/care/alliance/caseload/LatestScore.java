package care.alliance.caseload;

import care.alliance.outcomes.Severity;

/**
 * A measure's latest total in the episode with its band, and the change since the episode's first
 * score; {@code changeSinceFirst} is {@code null} while there is only one score (no change to show).
 */
public record LatestScore(int total, Severity severity, Integer changeSinceFirst) {
}
