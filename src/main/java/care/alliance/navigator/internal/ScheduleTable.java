package care.alliance.navigator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import care.alliance.navigator.QuietHours;
import care.alliance.navigator.Reminder;
import care.alliance.programme.NotificationKind;
import care.alliance.shared.db.UtcColumns;

/**
 * Reads and writes of the versioned reminder schedule (V12). Not a security boundary: callers scope the
 * patient (H02) and audit (H13). A read is one statement whatever the number of versions: the patient's
 * row (for the service's zone), each version with who changed it, and its times, joined.
 */
@Component
public class ScheduleTable {

    /** One version as stored; {@code version} 0 when the patient has none (only the zone is then set). */
    public record Row(long patientId, String programmeId, ZoneId zone, int version, List<Reminder> reminders,
            Set<DayOfWeek> days, QuietHours quietHours, boolean paused, LocalDate pausedUntil, String pauseReason,
            String changedBy, Instant changedAt, String reason) {
    }

    private static final String SELECT = """
            SELECT p.id AS patient_id, p.programme_id, sv.time_zone, s.id AS schedule_id, s.version, s.days_mask,
                   s.quiet_start, s.quiet_end, s.paused, s.paused_until, s.pause_reason, u.display_name,
                   s.changed_at, s.reason, t.kind, t.at_time
              FROM patient p
              JOIN service sv ON sv.id = p.service_id
              LEFT JOIN reminder_schedule s ON s.patient_id = p.id %s
              LEFT JOIN staff_user u ON u.id = s.changed_by
              LEFT JOIN reminder_time t ON t.schedule_id = s.id
             WHERE %s
             ORDER BY s.version DESC, t.at_time, t.kind""";
    private static final String LATEST_ONLY =
            "AND s.version = (SELECT MAX(l.version) FROM reminder_schedule l WHERE l.patient_id = p.id)";

    private final NamedParameterJdbcTemplate jdbc;

    ScheduleTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, newest first; one row of version 0 if none was agreed; empty for an unknown patient. */
    public List<Row> versions(long patientId) {
        return load(SELECT.formatted("", "p.id = :patient"), new MapSqlParameterSource("patient", patientId));
    }

    /** The newest version (or version 0), by exact programme id (the column's collation ignores case). */
    public Optional<Row> latest(String programmeId) {
        return load(SELECT.formatted(LATEST_ONLY, "p.programme_id = :programme"),
                new MapSqlParameterSource("programme", programmeId)).stream()
                .filter(row -> row.programmeId().equals(programmeId)).findFirst();
    }

    /** Inserts version {@code version}; a DuplicateKeyException means someone else wrote it first. */
    public void insert(long patientId, int version, List<Reminder> reminders, Set<DayOfWeek> days, QuietHours quiet,
            boolean paused, LocalDate pausedUntil, String pauseReason, long changedBy, Instant changedAt,
            String reason) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO reminder_schedule (patient_id, version, days_mask, quiet_start, quiet_end, paused,
                    paused_until, pause_reason, changed_by, changed_at, reason)
                VALUES (:patient, :version, :days, :quietStart, :quietEnd, :paused, :until, :pauseReason, :by, :at,
                    :reason)""", new MapSqlParameterSource("patient", patientId).addValue("version", version)
                .addValue("days", mask(days)).addValue("quietStart", quiet == null ? null : quiet.start())
                .addValue("quietEnd", quiet == null ? null : quiet.end()).addValue("paused", paused)
                .addValue("until", pausedUntil).addValue("pauseReason", pauseReason).addValue("by", changedBy)
                .addValue("at", UtcColumns.utc(changedAt)).addValue("reason", reason), key, new String[] {"id"});
        long scheduleId = key.getKey().longValue();
        if (!reminders.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO reminder_time (schedule_id, kind, at_time) VALUES (:schedule, :kind, :at)",
                    reminders.stream().map(r -> new MapSqlParameterSource("schedule", scheduleId)
                            .addValue("kind", r.kind().name()).addValue("at", r.time())).toArray(MapSqlParameterSource[]::new));
        }
    }

    /** Bit 0 = Monday ... bit 6 = Sunday, as V12 stores the days (and the demo may write them). */
    public static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    static Set<DayOfWeek> days(int mask) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((mask & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }

    private List<Row> load(String sql, MapSqlParameterSource params) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        Map<Long, List<Reminder>> times = new LinkedHashMap<>();
        jdbc.query(sql, params, rs -> {
            long scheduleId = rs.getLong("schedule_id");
            if (rs.wasNull()) {
                rows.put(0L, new Row(rs.getLong("patient_id"), rs.getString("programme_id"),
                        ZoneId.of(rs.getString("time_zone")), 0, List.of(), Set.of(), null, false, null, null, null,
                        null, null));
                return;
            }
            List<Reminder> reminders = times.computeIfAbsent(scheduleId, id -> new ArrayList<>());
            if (!rows.containsKey(scheduleId)) {
                rows.put(scheduleId, row(rs, reminders));
            }
            String kind = rs.getString("kind");
            if (kind != null) {
                reminders.add(new Reminder(NotificationKind.valueOf(kind), rs.getObject("at_time", LocalTime.class)));
            }
        });
        return List.copyOf(rows.values());
    }

    private static Row row(ResultSet rs, List<Reminder> reminders) throws SQLException {
        LocalTime quietStart = rs.getObject("quiet_start", LocalTime.class);
        return new Row(rs.getLong("patient_id"), rs.getString("programme_id"), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("version"), reminders, days(rs.getInt("days_mask")),
                quietStart == null ? null : new QuietHours(quietStart, rs.getObject("quiet_end", LocalTime.class)),
                rs.getBoolean("paused"), rs.getObject("paused_until", LocalDate.class), rs.getString("pause_reason"),
                rs.getString("display_name"), UtcColumns.instant(rs, "changed_at"), rs.getString("reason"));
    }
}
