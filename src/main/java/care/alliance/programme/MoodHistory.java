package care.alliance.programme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Read side of the daily mood ratings, newest first by when the patient rated (never by arrival,
 * H05). Not a security boundary, like {@link QuestionnaireHistory}: callers have scoped and audited.
 */
@Component
public class MoodHistory {

    public record MoodRating(Instant occurredAt, int score) {
    }

    /** DATETIME columns hold UTC wall time; read and bind them as such, whatever the JVM's zone. */
    private static final RowMapper<MoodRating> RATING = (rs, i) ->
            new MoodRating(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(2));

    private final JdbcTemplate jdbc;

    MoodHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Ratings in {@code [from, until)}, newest first, at most {@code limit}: a patient rates once or
     * twice a day, so the cap only bounds what a runaway sender could make one page read.
     */
    public List<MoodRating> between(long patientId, Instant from, Instant until, int limit) {
        return jdbc.query("SELECT occurred_at, score FROM mood_rating WHERE patient_id = ? AND occurred_at >= ? "
                + "AND occurred_at < ? ORDER BY occurred_at DESC, id DESC LIMIT ?", RATING, patientId,
                LocalDateTime.ofInstant(from, ZoneOffset.UTC), LocalDateTime.ofInstant(until, ZoneOffset.UTC), limit);
    }

    public List<MoodRating> recent(long patientId, int limit) {
        return jdbc.query("SELECT occurred_at, score FROM mood_rating WHERE patient_id = ? "
                + "ORDER BY occurred_at DESC, id DESC LIMIT ?",
                RATING, patientId, limit);
    }
}
