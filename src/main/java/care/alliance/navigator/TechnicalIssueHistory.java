package care.alliance.navigator;

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
 * Read side of a patient's technical issues, unresolved first, then newest. Not a security boundary,
 * like the programme's histories: callers have scoped the patient id (H02) and audited the read (H13).
 */
@Component
public class TechnicalIssueHistory {

    private final JdbcTemplate jdbc;

    TechnicalIssueHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each issue with the navigator's latest note, so the reporting PWP sees where it stands: one
     * statement, the note read by a correlated subquery on the note table's (issue_id, written_at) index.
     */
    private static final String SELECT = """
            SELECT i.id, i.patient_id, i.category, i.source, i.status, i.description, r.display_name,
                   a.display_name, i.opened_at, i.updated_at, i.resolved_at, i.resolution,
                   (SELECT n.text FROM technical_issue_note n JOIN staff_user s ON s.id = n.author_id
                    WHERE n.issue_id = i.id AND s.role = 'NAVIGATOR'
                    ORDER BY n.written_at DESC, n.id DESC LIMIT 1)
            FROM technical_issue i
            LEFT JOIN staff_user r ON r.id = i.reported_by
            LEFT JOIN staff_user a ON a.id = i.assignee_id
            """;

    public List<TechnicalIssue> forPatient(long patientId) {
        return jdbc.query(SELECT + " WHERE i.patient_id = ? ORDER BY i.status = 'RESOLVED', i.opened_at DESC, i.id DESC",
                TechnicalIssueHistory::issue, patientId);
    }

    /** One issue by id; the caller has scoped its patient (H02). */
    public Optional<TechnicalIssue> byId(long issueId) {
        return jdbc.query(SELECT + " WHERE i.id = ?", TechnicalIssueHistory::issue, issueId).stream().findFirst();
    }

    private static TechnicalIssue issue(ResultSet rs, int row) throws SQLException {
        return new TechnicalIssue(rs.getLong(1), rs.getLong(2), TechnicalIssueCategory.valueOf(rs.getString(3)),
                IssueSource.valueOf(rs.getString(4)), IssueStatus.valueOf(rs.getString(5)), rs.getString(6),
                rs.getString(7), rs.getString(8), instant(rs, 9), instant(rs, 10), instant(rs, 11), rs.getString(12),
                rs.getString(13));
    }

    /** DATETIME columns hold UTC wall time, whatever the JVM's zone. */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
