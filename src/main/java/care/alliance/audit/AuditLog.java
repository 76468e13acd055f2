package care.alliance.audit;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only access audit (H13). Each entry commits in its own transaction so that a denied or
 * failed read is still recorded when the caller's transaction rolls back. The table refuses
 * UPDATE and DELETE by trigger, so not even this class can change the past.
 */
@Service
public class AuditLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Open to every caller, jobs and the API included: auditing must never be the thing that fails. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String role, Long patientId, String action, String detail,
            AuditOutcome outcome) {
        jdbc.update("""
                INSERT INTO audit_event (occurred_at, username, role, patient_id, action, detail, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), username, role, patientId, action,
                detail == null ? null : truncate(detail), outcome.name());
    }

    private static String truncate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 497) + "...";
    }
}
