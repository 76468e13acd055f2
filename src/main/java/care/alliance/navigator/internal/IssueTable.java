package care.alliance.navigator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.navigator.FeedIssue;
import care.alliance.navigator.IssueNote;
import care.alliance.navigator.IssueQueueFilter;
import care.alliance.navigator.IssueSource;
import care.alliance.navigator.IssueStatus;
import care.alliance.navigator.QueueRow;
import care.alliance.navigator.QueueSort;
import care.alliance.navigator.TechnicalIssueCategory;

/**
 * The navigator's reads and writes of technical issues. Not a security boundary: callers pass the
 * signed-in navigator's own service and id (H02) and audit (H13). Every write is conditional on the
 * issue still being unresolved, so of two navigators acting at once the second changes nothing and
 * learns so from the row count.
 */
@Component
public class IssueTable {

    /**
     * Where an issue stands now, to tell a user who was too late what happened. {@code resolvedBy} is the
     * author of the history line written in the same moment as the resolution (no column holds it), so
     * an issue closed another way, e.g. by a rule writing no line, names nobody rather than the wrong person.
     */
    public record State(IssueStatus status, Long assigneeId, String assignee, String resolvedBy,
            Instant resolvedAt) {
    }

    /** The people and the one fact a navigator may know about a patient's clinical side (H01). */
    public record Contact(String pwpName, boolean riskFlagOpen) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final IssueSla sla;

    IssueTable(NamedParameterJdbcTemplate jdbc, IssueSla sla) {
        this.jdbc = jdbc;
        this.sla = sla;
    }

    public int count(long service, long me, IssueQueueFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("service", service);
        return jdbc.queryForObject("SELECT COUNT(*) " + QueueSql.FROM + QueueSql.where(filter, me, params), params,
                Integer.class);
    }

    public List<QueueRow> page(long service, long me, IssueQueueFilter filter, List<QueueSort.Order> sort,
            int offset, int limit, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("service", service).addValue("limit", limit)
                .addValue("offset", offset);
        String sql = """
                SELECT i.id, i.patient_id, p.display_name, p.programme_id, i.category, i.source, i.status,
                       a.display_name AS assignee, i.assignee_id, i.opened_at
                """ + QueueSql.FROM + QueueSql.where(filter, me, params) + QueueSql.orderBy(sort)
                + " LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, i) -> {
            Instant opened = instant(rs, "opened_at");
            long assignee = rs.getLong("assignee_id");
            return new QueueRow(rs.getLong("id"), rs.getLong("patient_id"), rs.getString("display_name"),
                    rs.getString("programme_id"), TechnicalIssueCategory.valueOf(rs.getString("category")),
                    IssueSource.valueOf(rs.getString("source")), IssueStatus.valueOf(rs.getString("status")),
                    rs.getString("assignee"), !rs.wasNull() && assignee == me, opened, sla.elapsed(opened, now),
                    sla.overdue(opened, now));
        });
    }

    /** The patient with exactly this programme id: the column's collation ignores case, this does not. */
    public Optional<Long> patientByProgrammeId(String programmeId) {
        return jdbc.query("SELECT id, programme_id FROM patient WHERE programme_id = :id",
                new MapSqlParameterSource("id", programmeId), (rs, i) -> programmeId.equals(rs.getString(2))
                        ? rs.getLong(1) : null).stream().filter(Objects::nonNull).findFirst();
    }

    /** Newest first; {@code patientId} and {@code status} null = any. */
    public List<FeedIssue> feed(Long patientId, IssueStatus status, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        StringBuilder sql = new StringBuilder("""
                SELECT i.id, p.programme_id, i.category, i.source, i.opened_at, i.status
                FROM technical_issue i JOIN patient p ON p.id = i.patient_id WHERE 1 = 1""");
        if (patientId != null) {
            sql.append(" AND i.patient_id = :patient");
            params.addValue("patient", patientId);
        }
        if (status != null) {
            sql.append(" AND i.status = :status");
            params.addValue("status", status.name());
        }
        sql.append(" ORDER BY i.opened_at DESC, i.id DESC LIMIT :limit");
        return jdbc.query(sql.toString(), params, (rs, i) -> new FeedIssue(rs.getLong(1), rs.getString(2),
                TechnicalIssueCategory.valueOf(rs.getString(3)), IssueSource.valueOf(rs.getString(4)),
                instant(rs, "opened_at"), IssueStatus.valueOf(rs.getString(6))));
    }

    public Optional<Long> patientOf(long issueId) {
        return jdbc.query("SELECT patient_id FROM technical_issue WHERE id = :id", new MapSqlParameterSource("id", issueId),
                (rs, i) -> rs.getLong(1)).stream().findFirst();
    }

    public Contact contact(long pwpId, long patientId) {
        return jdbc.queryForObject("""
                SELECT (SELECT display_name FROM staff_user WHERE id = :pwp),
                       EXISTS (SELECT 1 FROM risk_flag WHERE patient_id = :patient AND status = 'OPEN')""",
                new MapSqlParameterSource("pwp", pwpId).addValue("patient", patientId),
                (rs, i) -> new Contact(rs.getString(1), rs.getBoolean(2)));
    }

    public List<IssueNote> notes(long issueId) {
        return jdbc.query("""
                SELECT n.written_at, s.display_name, n.text FROM technical_issue_note n
                LEFT JOIN staff_user s ON s.id = n.author_id
                WHERE n.issue_id = :id ORDER BY n.written_at, n.id""", new MapSqlParameterSource("id", issueId),
                (rs, i) -> new IssueNote(instant(rs, "written_at"), rs.getString(2), rs.getString(3)));
    }

    public State state(long issueId) {
        return jdbc.queryForObject("""
                SELECT i.status, i.assignee_id, a.display_name, i.resolved_at,
                       (SELECT s.display_name FROM technical_issue_note n JOIN staff_user s ON s.id = n.author_id
                        WHERE n.issue_id = i.id AND n.written_at = i.resolved_at ORDER BY n.id DESC LIMIT 1)
                FROM technical_issue i LEFT JOIN staff_user a ON a.id = i.assignee_id WHERE i.id = :id""",
                new MapSqlParameterSource("id", issueId), (rs, i) -> {
                    long assignee = rs.getLong(2);
                    Long assigneeId = rs.wasNull() ? null : assignee;
                    return new State(IssueStatus.valueOf(rs.getString(1)), assigneeId, rs.getString(3),
                            rs.getString(5), instant(rs, "resolved_at"));
                });
    }

    /** Only an unassigned (or already mine) unresolved issue can be taken; OPEN becomes IN_PROGRESS. */
    public int take(long issueId, long me, Instant now) {
        return update("""
                UPDATE technical_issue SET assignee_id = :me, updated_at = :now,
                       status = CASE WHEN status = 'OPEN' THEN 'IN_PROGRESS' ELSE status END
                WHERE id = :id AND status <> 'RESOLVED' AND (assignee_id IS NULL OR assignee_id = :me)""",
                issueId, now, new MapSqlParameterSource("me", me));
    }

    public int release(long issueId, long assigneeId, Instant now) {
        return update("""
                UPDATE technical_issue SET assignee_id = NULL, updated_at = :now
                WHERE id = :id AND status <> 'RESOLVED' AND assignee_id = :assignee""",
                issueId, now, new MapSqlParameterSource("assignee", assigneeId));
    }

    public int status(long issueId, IssueStatus status, Instant now) {
        return update("""
                UPDATE technical_issue SET status = :status, updated_at = :now
                WHERE id = :id AND status <> 'RESOLVED' AND status <> :status""",
                issueId, now, new MapSqlParameterSource("status", status.name()));
    }

    public int touch(long issueId, Instant now) {
        return update("UPDATE technical_issue SET updated_at = :now WHERE id = :id AND status <> 'RESOLVED'",
                issueId, now, new MapSqlParameterSource());
    }

    public int resolve(long issueId, String resolution, Instant now) {
        return update("""
                UPDATE technical_issue SET status = 'RESOLVED', resolution = :resolution, resolved_at = :now,
                       updated_at = :now
                WHERE id = :id AND status <> 'RESOLVED'""",
                issueId, now, new MapSqlParameterSource("resolution", resolution));
    }

    public void note(long issueId, long authorId, Instant now, String text) {
        jdbc.update("INSERT INTO technical_issue_note (issue_id, author_id, written_at, text) VALUES (:id, :author, :now, :text)",
                new MapSqlParameterSource("id", issueId).addValue("author", authorId).addValue("now", utc(now))
                        .addValue("text", text));
    }

    private int update(String sql, long issueId, Instant now, MapSqlParameterSource params) {
        return jdbc.update(sql, params.addValue("id", issueId).addValue("now", utc(now)));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** DATETIME columns hold UTC wall time, whatever the JVM's zone. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
