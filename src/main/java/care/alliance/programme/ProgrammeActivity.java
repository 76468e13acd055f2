package care.alliance.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A patient's most recent diary entries, logins and notification events, newest first by when they
 * happened (never by arrival, H05); one bounded statement each. Not a security boundary, like
 * {@link MoodHistory}: callers have scoped the patient id (H02) and audited the read (H13).
 */
@Component
public class ProgrammeActivity {

    public record DiaryEntry(Instant occurredAt, String activity, DiaryStatus status) {
    }

    /** {@code reason} is the programme's, e.g. BAD_PASSWORD; {@code null} for a successful login. */
    public record Login(Instant occurredAt, boolean success, String reason) {
    }

    public record NotificationEvent(Instant occurredAt, NotificationKind kind, NotificationStatus status) {
    }

    private final JdbcTemplate jdbc;

    ProgrammeActivity(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DiaryEntry> diary(long patientId, int limit) {
        return jdbc.query("SELECT occurred_at, activity, status FROM diary_entry WHERE patient_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new DiaryEntry(utc(rs, 1), rs.getString(2), DiaryStatus.valueOf(rs.getString(3))),
                patientId, limit);
    }

    /** Diary entries in {@code [from, until)}, bounded like the page reads against a runaway sender. */
    public List<DiaryEntry> diaryBetween(long patientId, Instant from, Instant until, int limit) {
        return jdbc.query("SELECT occurred_at, activity, status FROM diary_entry WHERE patient_id = ?"
                + " AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new DiaryEntry(utc(rs, 1), rs.getString(2), DiaryStatus.valueOf(rs.getString(3))),
                patientId, LocalDateTime.ofInstant(from, ZoneOffset.UTC),
                LocalDateTime.ofInstant(until, ZoneOffset.UTC), limit);
    }

    public List<Login> logins(long patientId, int limit) {
        return jdbc.query("SELECT occurred_at, success, reason FROM login_event WHERE patient_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new Login(utc(rs, 1), rs.getBoolean(2), rs.getString(3)), patientId, limit);
    }

    public List<NotificationEvent> notifications(long patientId, int limit) {
        return jdbc.query("SELECT occurred_at, kind, status FROM notification_event WHERE patient_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new NotificationEvent(utc(rs, 1), NotificationKind.valueOf(rs.getString(2)),
                        NotificationStatus.valueOf(rs.getString(3))), patientId, limit);
    }

    /** DATETIME columns hold UTC wall time, whatever the JVM's zone. */
    static Instant utc(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
