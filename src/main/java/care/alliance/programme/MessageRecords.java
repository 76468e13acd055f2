package care.alliance.programme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The patient's messages to their PWP, newest first by when they were sent, and their read state.
 * Not a security boundary: the caller has scoped the patient id (H02). Every statement here is
 * also bound to that patient id, so a message id from another patient's page never matches.
 */
@Component
public class MessageRecords {

    /** {@code readAt} is {@code null} while no clinician has marked the message read. */
    public record PatientMessage(long id, Instant occurredAt, String text, Instant readAt) {

        public boolean unread() {
            return readAt == null;
        }
    }

    private final JdbcTemplate jdbc;

    MessageRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<PatientMessage> recent(long patientId, int limit) {
        return jdbc.query("SELECT id, occurred_at, text, read_at FROM message WHERE patient_id = ?"
                + " ORDER BY occurred_at DESC, id DESC LIMIT ?",
                (rs, i) -> new PatientMessage(rs.getLong(1), ProgrammeActivity.utc(rs, 2), rs.getString(3),
                        ProgrammeActivity.utc(rs, 4)), patientId, limit);
    }

    /**
     * Marks one unread message of this patient read; false when nothing changed (already read, or no
     * such message of this patient). The first reader's time stands.
     */
    public boolean markRead(long patientId, long messageId, Instant at) {
        return jdbc.update("UPDATE message SET read_at = ? WHERE id = ? AND patient_id = ? AND read_at IS NULL",
                LocalDateTime.ofInstant(at, ZoneOffset.UTC), messageId, patientId) == 1;
    }

    public int unreadCount(long patientId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE patient_id = ? AND read_at IS NULL",
                Integer.class, patientId);
    }

    public boolean exists(long patientId, long messageId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM message WHERE id = ? AND patient_id = ?)", Boolean.class,
                messageId, patientId));
    }
}
