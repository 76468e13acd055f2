package care.alliance.programme;

import java.util.LinkedHashMap;
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
}
