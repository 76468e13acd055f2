package care.alliance.outcomes;

import java.util.List;
import java.util.Objects;

/**
 * What the outcome rules need to know about one episode of care (one referral). The scores may be
 * in any order, e.g. as they arrived: the rules pick first and latest by {@code occurredAt} (H05).
 *
 * @param attendedTreatmentSessions attended FACE_TO_FACE and ONLINE_REVIEW sessions (not assessments)
 * @param discharged                whether the episode has ended
 */
public record EpisodeFacts(List<Score> scores, int attendedTreatmentSessions, boolean discharged) {

    public EpisodeFacts {
        Objects.requireNonNull(scores, "scores");
        for (Score score : scores) {
            Objects.requireNonNull(score, "scores must not contain null");
        }
        if (attendedTreatmentSessions < 0) {
            throw new IllegalArgumentException(
                    "attendedTreatmentSessions must be >= 0, got " + attendedTreatmentSessions);
        }
        scores = List.copyOf(scores);
    }
}
