package care.alliance.caseload.internal;

import static java.sql.Types.BIGINT;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.TINYINT;
import static java.sql.Types.VARCHAR;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.outcomes.MeasureSummary;

/** Writes episode_state rows with one JDBC batch of upserts: one round trip however many episodes. */
@Component
public class EpisodeStateTable {

    private static final String UPSERT = """
            INSERT INTO episode_state (episode_id, stage, live_status, attended_sessions, phq9_first, phq9_latest,
                phq9_change, phq9_latest_at, gad7_first, gad7_latest, gad7_change, gad7_latest_at, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE stage = VALUES(stage), live_status = VALUES(live_status),
                attended_sessions = VALUES(attended_sessions), phq9_first = VALUES(phq9_first),
                phq9_latest = VALUES(phq9_latest), phq9_change = VALUES(phq9_change),
                phq9_latest_at = VALUES(phq9_latest_at), gad7_first = VALUES(gad7_first),
                gad7_latest = VALUES(gad7_latest), gad7_change = VALUES(gad7_change),
                gad7_latest_at = VALUES(gad7_latest_at), computed_at = VALUES(computed_at)""";
    // explicit types: NULLs bind without asking the driver for parameter metadata
    private static final int[] TYPES = {BIGINT, VARCHAR, VARCHAR, INTEGER, TINYINT, TINYINT, TINYINT, TIMESTAMP,
            TINYINT, TINYINT, TINYINT, TIMESTAMP, TIMESTAMP};

    private final JdbcTemplate jdbc;

    EpisodeStateTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(List<EpisodeState> states, Instant computedAt) {
        if (states.isEmpty()) {
            return;
        }
        List<Object[]> rows = states.stream().map(state -> new Object[] {state.episodeId(), state.stage().name(),
                state.outcome().status().name(), state.outcome().treatmentSessions(),
                first(state.outcome().phq9()), latest(state.outcome().phq9()), change(state.outcome().phq9()),
                utc(state.phq9LatestAt()), first(state.outcome().gad7()), latest(state.outcome().gad7()),
                change(state.outcome().gad7()), utc(state.gad7LatestAt()), utc(computedAt)}).toList();
        jdbc.batchUpdate(UPSERT, rows, TYPES);
    }

    /** Episodes without a state row: none once the projector has run over every writer's changes. */
    public long missing() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM episode e LEFT JOIN episode_state s ON s.episode_id = e.id"
                + " WHERE s.episode_id IS NULL", Long.class);
    }

    private static Integer first(MeasureSummary measure) {
        return measure == null ? null : measure.first();
    }

    private static Integer latest(MeasureSummary measure) {
        return measure == null ? null : measure.latest();
    }

    private static Integer change(MeasureSummary measure) {
        return measure == null ? null : measure.change();
    }

    /** DATETIME columns hold UTC wall time, whatever the JVM's zone. */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
