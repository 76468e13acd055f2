package care.alliance.programme;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How far a patient has got in each module: the highest percent ever reported, so a late or
 * out-of-order event (H05) never makes progress look lower than it was. One row per module. Not a
 * security boundary, like {@link MoodHistory}: callers have scoped and audited.
 */
@Component
public class ModuleProgressHistory {

    private final JdbcTemplate jdbc;

    ModuleProgressHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Module code to its highest percent, only for modules with any progress event. */
    public Map<String, Integer> furthest(long patientId) {
        Map<String, Integer> furthest = new LinkedHashMap<>();
        jdbc.query("SELECT module, MAX(percent) FROM module_progress WHERE patient_id = ? GROUP BY module ORDER BY module",
                rs -> {
                    furthest.put(rs.getString(1), rs.getInt(2));
                }, patientId);
        return furthest;
    }

    /** A module's furthest percent and when the patient first reached it (by occurredAt, H05). */
    public record ModuleReached(String module, int percent, Instant reachedAt) {
    }

    /**
     * Per module, the furthest percent and the first time it was reached: "completed" is reaching
     * 100, and no progress since {@code reachedAt} is what makes a module stuck (clinical.md §5).
     */
    public List<ModuleReached> reached(long patientId) {
        return jdbc.query("""
                SELECT m.module, m.furthest, MIN(p.occurred_at)
                FROM (SELECT module, MAX(percent) AS furthest FROM module_progress WHERE patient_id = ?
                      GROUP BY module) m
                JOIN module_progress p ON p.patient_id = ? AND p.module = m.module AND p.percent = m.furthest
                GROUP BY m.module, m.furthest ORDER BY m.module""",
                (rs, i) -> new ModuleReached(rs.getString(1), rs.getInt(2),
                        rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)), patientId, patientId);
    }
}
