package care.alliance.programme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read side of the daily mood ratings, newest first by when the patient rated (never by arrival,
 * H05). Not a security boundary, like {@link QuestionnaireHistory}: callers have scoped and audited.
 */
@Component
public class MoodHistory {

    public record MoodRating(Instant occurredAt, int score) {
    }

    private final JdbcTemplate jdbc;

    MoodHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<MoodRating> recent(long patientId, int limit) {
        return jdbc.query("SELECT occurred_at, score FROM mood_rating WHERE patient_id = ? "
                + "ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new MoodRating(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(2)),
                patientId, limit);
    }
}
