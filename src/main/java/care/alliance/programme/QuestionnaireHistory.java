package care.alliance.programme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.Score;

/**
 * Read side of the stored PHQ-9 and GAD-7 scores: the points the outcome rules work from. Scores come
 * back ordered by when the patient answered ({@code occurred_at}), never by arrival (H05), although the
 * rules do not rely on the order. Not a security boundary: callers are services that have already
 * scoped the patient id (H02) and audit the read (H13).
 */
@Component
public class QuestionnaireHistory {

    /** DATETIME columns hold UTC wall time; read and bind them as such, whatever the JVM's zone. */
    private static final RowMapper<Score> SCORE = (rs, i) -> new Score(Instrument.valueOf(rs.getString("instrument")),
            rs.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt("total"));

    private final JdbcTemplate jdbc;

    QuestionnaireHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The patient's scores answered in {@code [from, until)}; {@code until} {@code null} means no end
     * (an episode still open). An episode's window is its referral day to the end of its discharge day.
     */
    public List<Score> scores(long patientId, Instant from, Instant until) {
        if (until == null) {
            return jdbc.query("""
                    SELECT instrument, occurred_at, total FROM questionnaire
                    WHERE patient_id = ? AND occurred_at >= ? ORDER BY occurred_at, id""",
                    SCORE, patientId, utc(from));
        }
        return jdbc.query("""
                SELECT instrument, occurred_at, total FROM questionnaire
                WHERE patient_id = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id""",
                SCORE, patientId, utc(from), utc(until));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
