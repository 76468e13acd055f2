package care.alliance.outcomes;

/**
 * One measure over an episode, as shown in the outcome JSON ({@code "phq9": {...}}).
 * The boxed types are deliberate: {@code change} is {@code null} when the measure has only one
 * score, because no change can be computed from one point, and 0 would claim "no change".
 *
 * @param first    total of the earliest score by {@code occurredAt}
 * @param latest   total of the latest score by {@code occurredAt}
 * @param change   latest − first, only when the measure has at least two scores; else {@code null}
 * @param severity band of the latest score
 */
public record MeasureSummary(Integer first, Integer latest, Integer change, Severity severity) {
}
