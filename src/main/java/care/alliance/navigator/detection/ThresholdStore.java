package care.alliance.navigator.detection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.navigator.DetectionThresholds;
import care.alliance.shared.db.UtcColumns;

/** Per-service thresholds: the service's row in detection_settings, or the defaults when it has none. */
@Component
public class ThresholdStore {

    /** A service with the thresholds in force and the zone its days are counted in. */
    public record ServiceThresholds(long serviceId, String code, String name, ZoneId zone,
            DetectionThresholds thresholds, boolean custom) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ThresholdStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every service, one statement. */
    public List<ServiceThresholds> all() {
        return jdbc.query("""
                SELECT s.id, s.code, s.name, s.time_zone, d.service_id, d.no_mood_days, d.no_login_days,
                       d.failed_logins, d.excess_factor, d.duplicate_minutes, d.missing_days, d.stuck_module_days
                FROM service s LEFT JOIN detection_settings d ON d.service_id = s.id
                ORDER BY s.name, s.id""", ThresholdStore::row);
    }

    public void save(long serviceId, DetectionThresholds t, String username) {
        jdbc.update("""
                INSERT INTO detection_settings (service_id, no_mood_days, no_login_days, failed_logins, excess_factor,
                    duplicate_minutes, missing_days, stuck_module_days, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE no_mood_days = VALUE(no_mood_days), no_login_days = VALUE(no_login_days),
                    failed_logins = VALUE(failed_logins), excess_factor = VALUE(excess_factor),
                    duplicate_minutes = VALUE(duplicate_minutes), missing_days = VALUE(missing_days),
                    stuck_module_days = VALUE(stuck_module_days), updated_at = VALUE(updated_at),
                    updated_by = VALUE(updated_by)""",
                serviceId, t.noMoodDays(), t.noLoginDays(), t.failedLogins(), t.excessFactor(), t.duplicateMinutes(),
                t.missingDays(), t.stuckModuleDays(), UtcColumns.utc(clock.instant()), username);
    }

    public void restoreDefaults(long serviceId) {
        jdbc.update("DELETE FROM detection_settings WHERE service_id = ?", serviceId);
    }

    private static ServiceThresholds row(ResultSet rs, int row) throws SQLException {
        boolean custom = rs.getObject(5) != null;
        DetectionThresholds thresholds = custom ? new DetectionThresholds(rs.getInt(6), rs.getInt(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)) : DetectionThresholds.DEFAULTS;
        return new ServiceThresholds(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4)),
                thresholds, custom);
    }
}
