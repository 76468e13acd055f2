package care.alliance.navigator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.navigator.DataSummaryFacts;
import care.alliance.navigator.DataSummaryFacts.OpenProblem;
import care.alliance.shared.db.UtcColumns;

/**
 * Generates a summary's facts in two statements whatever the period or the amount of data: the period's
 * programme events in one UNION (days are counted in Java, in the service's zone, H07: the database's
 * time-zone tables are not relied on), and the unresolved technical issues. Not a security boundary.
 */
@Component
public class DataSummaryFactsQuery {

    /** Bounds one read: a fortnight of a patient's events is a few hundred rows; only a runaway sender nears it. */
    static final int ROW_LIMIT = 20_000;

    private static final String EVENTS = """
            SELECT 'LAST_LOGIN' AS kind, MAX(occurred_at) AS at, NULL AS detail, NULL AS ref
              FROM login_event WHERE patient_id = :patient AND success AND occurred_at < :until
            UNION ALL SELECT 'LOGIN', occurred_at, IF(success, 'OK', 'FAILED'), NULL FROM login_event
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            UNION ALL SELECT 'MOOD', occurred_at, NULL, NULL FROM mood_rating
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            UNION ALL SELECT 'MODULE', occurred_at, module, NULL FROM module_progress
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            UNION ALL SELECT 'DIARY', occurred_at, status, NULL FROM diary_entry
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            UNION ALL SELECT 'MESSAGE', occurred_at, NULL, NULL FROM message
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            UNION ALL SELECT 'NOTIFICATION', occurred_at, status, CONCAT(kind, ' ', notification_id)
              FROM notification_event
              WHERE patient_id = :patient AND occurred_at >= :from AND occurred_at < :until
            ORDER BY at LIMIT :limit""";

    private final NamedParameterJdbcTemplate jdbc;

    DataSummaryFactsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The facts for the whole days {@code from}..{@code to} in {@code zone}, counting events before
     * {@code until} only (the summary says what was known when it was generated).
     */
    public DataSummaryFacts facts(long patient, LocalDate from, LocalDate to, ZoneId zone, Instant until,
            Duration duplicateWithin) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        MapSqlParameterSource params = new MapSqlParameterSource("patient", patient)
                .addValue("from", UtcColumns.utc(start))
                .addValue("until", UtcColumns.utc(until.isBefore(end) ? until : end)).addValue("limit", ROW_LIMIT);
        List<FactsCalculator.Event> events = new ArrayList<>();
        jdbc.query(EVENTS, params, rs -> {
            Instant at = UtcColumns.instant(rs, "at");
            if (at != null) {
                events.add(new FactsCalculator.Event(rs.getString("kind"), at, rs.getString("detail"),
                        rs.getString("ref")));
            }
        });
        List<OpenProblem> problems = jdbc.query("""
                SELECT category, status FROM technical_issue WHERE patient_id = :patient AND status <> 'RESOLVED'
                ORDER BY opened_at, id""", params, (rs, i) -> new OpenProblem(rs.getString(1), rs.getString(2)));
        return new FactsCalculator(from, to, zone, duplicateWithin).facts(events, problems);
    }
}
