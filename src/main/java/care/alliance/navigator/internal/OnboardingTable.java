package care.alliance.navigator.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.navigator.OnboardingItem;
import care.alliance.navigator.OnboardingRow;
import care.alliance.navigator.OnboardingStep;

/**
 * Reads and writes of the onboarding checklist (V11). Not a security boundary: callers scope the
 * patient (H02) and audit (H13). The list of patients still onboarding is one statement per count and
 * per page; a checklist is three statements (steps, evidence, ready mark).
 */
@Component
public class OnboardingTable {

    /** Who set the "ready" mark and when. */
    public record Ready(String by, Instant at) {
    }

    /** Patients of the service with an open episode and no "ready" mark. */
    private static final String NOT_READY = """
             FROM patient p
            WHERE p.service_id = :service
              AND EXISTS (SELECT 1 FROM episode e WHERE e.patient_id = p.id AND e.discharged_on IS NULL)
              AND NOT EXISTS (SELECT 1 FROM onboarding_ready r WHERE r.patient_id = p.id)""";

    private final NamedParameterJdbcTemplate jdbc;

    OnboardingTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int countNotReady(long service) {
        return jdbc.queryForObject("SELECT COUNT(*)" + NOT_READY, new MapSqlParameterSource("service", service),
                Integer.class);
    }

    /** Fewest steps done first (they need the navigator most), then by name; the id keeps pages stable. */
    public List<OnboardingRow> pageNotReady(long service, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("service", service).addValue("limit", limit)
                .addValue("offset", offset);
        String sql = "SELECT p.id, p.display_name, p.programme_id,"
                + " (SELECT COUNT(*) FROM onboarding_step o WHERE o.patient_id = p.id) AS done" + NOT_READY
                + " ORDER BY done, p.display_name, p.id LIMIT :limit OFFSET :offset";
        return jdbc.query(sql, params, (rs, i) -> new OnboardingRow(rs.getLong("id"), rs.getString("display_name"),
                rs.getString("programme_id"), rs.getInt("done")));
    }

    /** Every step in order, ticked or not, with the programme's evidence where there is any. */
    public List<OnboardingItem> items(long patient) {
        MapSqlParameterSource params = new MapSqlParameterSource("patient", patient);
        Map<OnboardingStep, OnboardingItem> ticked = new EnumMap<>(OnboardingStep.class);
        jdbc.query("""
                SELECT o.step, u.display_name, o.ticked_at, o.note FROM onboarding_step o
                JOIN staff_user u ON u.id = o.ticked_by WHERE o.patient_id = :patient""", params, rs -> {
            OnboardingStep step = OnboardingStep.valueOf(rs.getString("step"));
            ticked.put(step, new OnboardingItem(step, rs.getString("display_name"), IssueTable.instant(rs, "ticked_at"),
                    rs.getString("note"), null));
        });
        Map<OnboardingStep, Instant> seen = new EnumMap<>(OnboardingStep.class);
        jdbc.query("""
                SELECT (SELECT MIN(l.occurred_at) FROM login_event l WHERE l.patient_id = :patient AND l.success)
                           AS first_login,
                       (SELECT MIN(n.occurred_at) FROM notification_event n WHERE n.patient_id = :patient
                           AND n.status = 'OPENED') AS first_opened,
                       (SELECT MIN(m.occurred_at) FROM mood_rating m WHERE m.patient_id = :patient) AS first_mood
                """, params, rs -> {
            put(seen, OnboardingStep.FIRST_LOGIN, IssueTable.instant(rs, "first_login"));
            put(seen, OnboardingStep.NOTIFICATION_TEST, IssueTable.instant(rs, "first_opened"));
            put(seen, OnboardingStep.FIRST_MOOD_RATING, IssueTable.instant(rs, "first_mood"));
        });
        return Arrays.stream(OnboardingStep.values()).map(step -> {
            OnboardingItem item = ticked.get(step);
            return item == null ? new OnboardingItem(step, null, null, null, seen.get(step))
                    : new OnboardingItem(step, item.tickedBy(), item.tickedAt(), item.note(), seen.get(step));
        }).toList();
    }

    public Ready ready(long patient) {
        List<Ready> marks = jdbc.query("""
                SELECT u.display_name, r.marked_at FROM onboarding_ready r JOIN staff_user u ON u.id = r.marked_by
                WHERE r.patient_id = :patient""", new MapSqlParameterSource("patient", patient),
                (rs, i) -> new Ready(rs.getString("display_name"), IssueTable.instant(rs, "marked_at")));
        return marks.isEmpty() ? null : marks.getFirst();
    }

    /** Ticks the step, or re-ticks it with a new note: who and when are then the latest. */
    public void tick(long patient, OnboardingStep step, long by, Instant at, String note) {
        jdbc.update("""
                INSERT INTO onboarding_step (patient_id, step, ticked_by, ticked_at, note)
                VALUES (:patient, :step, :by, :at, :note)
                ON DUPLICATE KEY UPDATE ticked_by = VALUES(ticked_by), ticked_at = VALUES(ticked_at), note = VALUES(note)
                """, new MapSqlParameterSource("patient", patient).addValue("step", step.name()).addValue("by", by)
                .addValue("at", IssueTable.utc(at)).addValue("note", note));
    }

    /** 1 if the step was ticked, 0 if it was not (e.g. a colleague unticked it just now). */
    public int untick(long patient, OnboardingStep step) {
        return jdbc.update("DELETE FROM onboarding_step WHERE patient_id = :patient AND step = :step",
                new MapSqlParameterSource("patient", patient).addValue("step", step.name()));
    }

    /** 1 if a "ready" mark was removed. */
    public int clearReady(long patient) {
        return jdbc.update("DELETE FROM onboarding_ready WHERE patient_id = :patient",
                new MapSqlParameterSource("patient", patient));
    }

    /**
     * Sets the mark only if every step is ticked and no mark exists, in one statement: the INSERT ... SELECT
     * locks the step rows it counts, so a colleague's concurrent untick waits for it (or it sees the untick).
     * 1 if set, 0 if not.
     */
    public int markReady(long patient, long by, Instant at) {
        return jdbc.update("""
                INSERT INTO onboarding_ready (patient_id, marked_by, marked_at)
                SELECT :patient, :by, :at FROM DUAL
                 WHERE (SELECT COUNT(*) FROM onboarding_step o WHERE o.patient_id = :patient) = :all
                   AND NOT EXISTS (SELECT 1 FROM onboarding_ready r WHERE r.patient_id = :patient)
                """, new MapSqlParameterSource("patient", patient).addValue("by", by)
                .addValue("at", IssueTable.utc(at)).addValue("all", OnboardingStep.COUNT));
    }

    private static void put(Map<OnboardingStep, Instant> seen, OnboardingStep step, Instant at) {
        if (at != null) {
            seen.put(step, at);
        }
    }
}
