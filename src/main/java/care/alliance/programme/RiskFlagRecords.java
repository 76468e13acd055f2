package care.alliance.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A patient's risk flags and their reviews, open ones first. Not a security boundary: the caller
 * decides who may see or review (a navigator sees that a flag exists, never the review, H01) and has
 * scoped the patient id (H02).
 */
@Component
public class RiskFlagRecords {

    private final JdbcTemplate jdbc;

    RiskFlagRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RiskFlag> forPatient(long patientId) {
        return jdbc.query("""
                SELECT f.id, f.patient_id, f.raised_at, f.reason, f.status, s.display_name, f.reviewed_at, f.review_note
                FROM risk_flag f LEFT JOIN staff_user s ON s.id = f.reviewed_by
                WHERE f.patient_id = ?
                ORDER BY f.status = 'REVIEWED', f.raised_at DESC, f.id DESC""",
                RiskFlagRecords::flag, patientId);
    }

    public Optional<Long> patientOf(long riskFlagId) {
        return jdbc.query("SELECT patient_id FROM risk_flag WHERE id = ?",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty(), riskFlagId);
    }

    /**
     * Closes an open flag with its review; false if it was not open (already reviewed by someone else),
     * so two clinicians reviewing at once cannot overwrite each other's note.
     */
    public boolean markReviewed(long riskFlagId, long reviewerId, String note, Instant at) {
        return jdbc.update("""
                UPDATE risk_flag SET status = 'REVIEWED', reviewed_by = ?, reviewed_at = ?, review_note = ?
                WHERE id = ? AND status = 'OPEN'""",
                reviewerId, LocalDateTime.ofInstant(at, ZoneOffset.UTC), note, riskFlagId) == 1;
    }

    private static RiskFlag flag(ResultSet rs, int row) throws SQLException {
        LocalDateTime reviewedAt = rs.getObject(7, LocalDateTime.class);
        return new RiskFlag(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString(4), "OPEN".equals(rs.getString(5)), rs.getString(6),
                reviewedAt == null ? null : reviewedAt.toInstant(ZoneOffset.UTC), rs.getString(8));
    }
}
