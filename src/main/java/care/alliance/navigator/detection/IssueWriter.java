package care.alliance.navigator.detection;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.navigator.DetectionResult;
import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.navigator.TechnicalIssueClosed;
import care.alliance.navigator.TechnicalIssueReported;

/**
 * Turns one run's findings into issues, set-based: the unresolved issues of the scope in one read,
 * new ones in batches of {@code INSERT IGNORE} (the unique {@code open_key} drops a duplicate from a
 * concurrent run, on any node: H10), and detected issues whose condition cleared closed in one batch.
 * A finding whose issue is already open writes nothing at all (no note storms).
 */
@Component
class IssueWriter {

    static final Set<TechnicalIssueCategory> DETECTED = EnumSet.of(TechnicalIssueCategory.SYNC,
            TechnicalIssueCategory.LOGIN, TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE,
            TechnicalIssueCategory.NOTIFICATIONS_MISSING, TechnicalIssueCategory.CONTENT);
    private static final int BATCH = 1_000;
    private static final Map<TechnicalIssueCategory, String> CLEARED = Map.of(
            TechnicalIssueCategory.SYNC, "mood ratings are arriving again (or the programme is no longer active)",
            TechnicalIssueCategory.LOGIN, "the patient logged in and failed logins stopped",
            TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE, "notifications are back within the schedule",
            TechnicalIssueCategory.NOTIFICATIONS_MISSING, "notifications are being delivered again",
            TechnicalIssueCategory.CONTENT, "the module progressed (or the programme is no longer active)");

    private record Open(long id, long patientId, TechnicalIssueCategory category, boolean closable) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    IssueWriter(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Must run in the caller's transaction: events are published in it, for after-commit listeners. */
    DetectionResult apply(LocalDateTime now, PatientScope scope, Map<String, Finding> findings) {
        List<Open> open = unresolved(scope);
        Set<String> openKeys = open.stream().map(o -> key(o.patientId(), o.category())).collect(Collectors.toSet());
        List<Finding> fresh = findings.entrySet().stream().filter(f -> !openKeys.contains(f.getKey()))
                .map(Map.Entry::getValue)
                // one global order of unique-key locks, so concurrent runs wait for each other, never deadlock
                .sorted(Comparator.comparingLong(Finding::patientId).thenComparing(Finding::category))
                .toList();
        int opened = fresh.isEmpty() ? 0 : insert(now, fresh);
        List<Open> cleared = open.stream()
                .filter(o -> o.closable() && !findings.containsKey(key(o.patientId(), o.category()))).toList();
        int closed = cleared.isEmpty() ? 0 : close(now, cleared);
        return new DetectionResult(opened, closed);
    }

    static String key(long patientId, TechnicalIssueCategory category) {
        return patientId + ":" + category.name();
    }

    private List<Open> unresolved(PatientScope scope) {
        List<Object> args = new ArrayList<>();
        DETECTED.forEach(c -> args.add(c.name()));
        args.addAll(scope.arguments());
        return jdbc.query("SELECT id, patient_id, category, source = 'DETECTED' AND status = 'OPEN' AND assignee_id IS NULL"
                + " FROM technical_issue WHERE status <> 'RESOLVED' AND category IN ("
                + String.join(", ", Collections.nCopies(DETECTED.size(), "?")) + ")" + scope.condition("patient_id"),
                (rs, i) -> new Open(rs.getLong(1), rs.getLong(2), TechnicalIssueCategory.valueOf(rs.getString(3)),
                        rs.getBoolean(4)), args.toArray());
    }

    private int insert(LocalDateTime now, List<Finding> fresh) {
        jdbc.batchUpdate("""
                INSERT IGNORE INTO technical_issue (patient_id, service_id, category, source, status, description,
                                                    opened_at, updated_at)
                VALUES (?, ?, ?, 'DETECTED', 'OPEN', ?, ?, ?)""", fresh, BATCH, (PreparedStatement ps, Finding f) -> {
            ps.setLong(1, f.patientId());
            ps.setLong(2, f.serviceId());
            ps.setString(3, f.category().name());
            ps.setString(4, f.description());
            ps.setObject(5, now);
            ps.setObject(6, now);
        });
        // what this run opened (a concurrent run's inserts carry its own instant); batch update counts are
        // not reliable for INSERT IGNORE under the driver's bulk protocol, so read the rows back
        Set<Long> patients = new HashSet<>();
        fresh.forEach(f -> patients.add(f.patientId()));
        List<long[]> ids = jdbc.query("SELECT id, patient_id FROM technical_issue WHERE source = 'DETECTED'"
                + " AND opened_at = ? AND status = 'OPEN'", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, now);
        int opened = 0;
        for (long[] issue : ids) {
            if (patients.contains(issue[1])) {
                events.publishEvent(new TechnicalIssueReported(issue[0], issue[1]));
                opened++;
            }
        }
        return opened;
    }

    private int close(LocalDateTime now, List<Open> cleared) {
        // the guard is re-checked by the UPDATE itself: an issue a navigator has just taken stays open
        int[][] counts = jdbc.batchUpdate("""
                UPDATE technical_issue SET status = 'RESOLVED', resolved_at = ?, updated_at = ?, resolution = ?
                WHERE id = ? AND status = 'OPEN' AND assignee_id IS NULL AND source = 'DETECTED'""", cleared, BATCH,
                (PreparedStatement ps, Open o) -> {
                    ps.setObject(1, now);
                    ps.setObject(2, now);
                    ps.setString(3, resolution(o.category()));
                    ps.setLong(4, o.id());
                });
        List<Open> closed = new ArrayList<>();
        int index = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count > 0) {
                    closed.add(cleared.get(index));
                }
                index++;
            }
        }
        if (closed.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("INSERT INTO technical_issue_note (issue_id, author_id, written_at, text) VALUES (?, NULL, ?, ?)",
                closed, BATCH, (PreparedStatement ps, Open o) -> note(ps, o, now));
        closed.forEach(o -> events.publishEvent(new TechnicalIssueClosed(o.id(), o.patientId())));
        return closed.size();
    }

    private static void note(PreparedStatement ps, Open o, LocalDateTime now) throws SQLException {
        ps.setLong(1, o.id());
        ps.setObject(2, now);
        ps.setString(3, resolution(o.category()));
    }

    static String resolution(TechnicalIssueCategory category) {
        return "Closed automatically: " + CLEARED.get(category) + ".";
    }
}
