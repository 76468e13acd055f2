package care.alliance.navigator.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.programme.NotificationKind;
import care.alliance.programme.NotificationStatus;
import care.alliance.shared.db.UtcColumns;

/**
 * A patient's notification events over a window, in one statement, for the notification health chart.
 * Raw rows rather than SQL aggregates: the days are the service zone's (H07), which SQL here cannot
 * convert to without time-zone tables, and "distinct notifications per day" needs the day first. Not a
 * security boundary: callers scope and audit.
 */
@Component
public class NotificationEvents {

    /** A runaway sender cannot make one page read unbounded rows; far above any real 14 days. */
    public static final int MAX_ROWS = 50_000;

    public record Event(Instant occurredAt, String notificationId, NotificationKind kind, NotificationStatus status) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    NotificationEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** SCHEDULED, DELIVERED and OPENED events in {@code [from, until)}; DISMISSED counts for nothing here. */
    public List<Event> between(long patientId, Instant from, Instant until) {
        return jdbc.query("""
                SELECT occurred_at, notification_id, kind, status FROM notification_event
                 WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
                   AND status IN ('SCHEDULED', 'DELIVERED', 'OPENED')
                 LIMIT :limit""", new MapSqlParameterSource("patient", patientId)
                .addValue("from", UtcColumns.utc(from)).addValue("until", UtcColumns.utc(until))
                .addValue("limit", MAX_ROWS), (rs, i) -> new Event(UtcColumns.instant(rs, "occurred_at"),
                        rs.getString("notification_id"), NotificationKind.valueOf(rs.getString("kind")),
                        NotificationStatus.valueOf(rs.getString("status"))));
    }
}
