package care.alliance.timebudget.internal;

import static care.alliance.shared.db.UtcColumns.instant;
import static care.alliance.shared.db.UtcColumns.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatusChanged;
import care.alliance.timebudget.TimeKind;

/**
 * Attended appointments become AUTO entries for the PWP to confirm (issue #7). Driven by
 * {@link AppointmentStatusChanged} in the recording transaction (a plain listener, like the episode
 * projector: the ledger changes with the outcome or not at all), and by {@link #captureAttended}, the
 * idempotent catch-up a job can run. One appointment is one entry at most: the unique
 * {@code appointment_id} and origin key make a second capture (the event fired twice, the catch-up after
 * the event) a no-op. A correction away from ATTENDED deletes a still-PROPOSED entry (nobody vouched for
 * it) and keeps a CONFIRMED or CORRECTED one, flagged "withdrawn": the PWP said the time was spent (they
 * may have prepared and waited for a patient who did not come), so only they remove it; their ledger
 * shows why it stands out. A REJECTED one is flagged too (it counts nothing either way), so that an
 * entry not flagged always stands for an attended appointment, which the budget relies on
 * ({@code TimeBudget}). Back to ATTENDED clears the flag. No
 * {@code @Service}: no person calls it; what it writes is audited as {@link #AUDIT_ACTOR} (H13).
 */
@Component
public class AppointmentCapture {

    public static final String AUDIT_ACTOR = "job:time-capture";

    /** Attended appointments without an entry, with what an entry needs. */
    private static final String UNCAPTURED = """
            SELECT a.id, a.pwp_id, a.patient_id, a.kind, a.start_at, a.minutes, s.time_zone
              FROM appointment a JOIN patient p ON p.id = a.patient_id JOIN service s ON s.id = p.service_id
             WHERE a.status = 'ATTENDED' AND NOT EXISTS (SELECT 1 FROM time_entry t WHERE t.appointment_id = a.id)
            """;

    private record Attended(long id, long pwp, long patient, TimeKind kind, Instant start, int minutes,
            ZoneId zone) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    AppointmentCapture(NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(AppointmentStatusChanged event) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", event.appointmentId());
        insert(jdbc.query(UNCAPTURED + " AND a.id = :id", id, AppointmentCapture::attended));
        withdraw(" AND a.id = :id", id);
    }

    /**
     * Captures every attended appointment starting in [from, to) that has no entry yet, and settles the
     * entries of appointments in that window no longer attended. Idempotent: a second run changes
     * nothing. Returns the number of entries captured. A job would run it over the last few weeks.
     */
    @Transactional
    public int captureAttended(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("The window must end after it starts.");
        }
        MapSqlParameterSource params = new MapSqlParameterSource("from", utc(from)).addValue("to", utc(to));
        String window = " AND a.start_at >= :from AND a.start_at < :to";
        int captured = insert(jdbc.query(UNCAPTURED + window, params, AppointmentCapture::attended));
        withdraw(window, params);
        return captured;
    }

    private int insert(List<Attended> appointments) {
        Instant now = clock.instant();
        int inserted = 0;
        for (Attended a : appointments) {
            // INSERT IGNORE would also hide a CHECK failure; only a concurrent capture of the same row is benign.
            // INSERT ... SELECT re-reads the appointment with a lock, past this transaction's snapshot: an
            // outcome corrected away from ATTENDED since the list above was read captures nothing (TimeBudget
            // relies on an unflagged entry standing for an attended appointment), and one corrected after
            // waits for this commit
            int rows = jdbc.update("""
                    INSERT INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, state,
                                            captured_minutes, origin_key, appointment_id, created_at, updated_at)
                    SELECT :pwp, :date, :minutes, :kind, :patient, 'AUTO', 'PROPOSED', :minutes, :key, :id, :now, :now
                      FROM appointment a WHERE a.id = :id AND a.status = 'ATTENDED'
                    ON DUPLICATE KEY UPDATE time_entry.id = time_entry.id""", new MapSqlParameterSource("pwp", a.pwp())
                    .addValue("date", a.start().atZone(a.zone()).toLocalDate()).addValue("minutes", a.minutes())
                    .addValue("kind", a.kind().name()).addValue("patient", a.patient())
                    .addValue("key", "appointment:" + a.id()).addValue("id", a.id()).addValue("now", utc(now)));
            if (rows != 1) {
                continue;
            }
            inserted++;
            audit.record(AUDIT_ACTOR, "SYSTEM", a.patient(), "TIME_ENTRY_CAPTURE", "appointment " + a.id()
                    + ": " + a.minutes() + " min proposed", AuditOutcome.ALLOWED);
        }
        return inserted;
    }

    private void withdraw(String which, MapSqlParameterSource params) {
        params.addValue("now", utc(clock.instant()));
        String notAttended = " FROM appointment a WHERE a.id = t.appointment_id AND a.status <> 'ATTENDED'" + which;
        // a proposal a concurrent catch-up committed after this transaction's snapshot is not seen here; it
        // counts nothing either way (proposed minutes = captured) and the next catch-up removes it
        List<long[]> gone = jdbc.query("SELECT t.id, t.patient_id FROM time_entry t WHERE t.state = 'PROPOSED'"
                + " AND EXISTS (SELECT 1" + notAttended + ")", params,
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        for (long[] entry : gone) {
            if (jdbc.update("DELETE FROM time_entry WHERE id = :entry AND state = 'PROPOSED'",
                    new MapSqlParameterSource("entry", entry[0])) == 0) {
                continue; // confirmed meanwhile, or removed by a concurrent run: nothing to say
            }
            audit.record(AUDIT_ACTOR, "SYSTEM", entry[1], "TIME_ENTRY_WITHDRAW", "entry " + entry[0]
                    + ": appointment no longer attended, proposal removed", AuditOutcome.ALLOWED);
        }
        jdbc.update("UPDATE time_entry t SET t.origin_withdrawn = TRUE, t.updated_at = :now, t.version = t.version + 1"
                + " WHERE t.state <> 'PROPOSED' AND NOT t.origin_withdrawn AND EXISTS (SELECT 1"
                + notAttended + ")", params);
        jdbc.update("UPDATE time_entry t SET t.origin_withdrawn = FALSE, t.updated_at = :now, t.version = t.version + 1"
                + " WHERE t.origin_withdrawn AND EXISTS (SELECT 1 FROM appointment a WHERE a.id = t.appointment_id"
                + " AND a.status = 'ATTENDED'" + which + ")", params);
    }

    private static Attended attended(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attended(rs.getLong("id"), rs.getLong("pwp_id"), rs.getLong("patient_id"),
                TimeKind.ofAppointment(AppointmentKind.valueOf(rs.getString("kind"))), instant(rs, "start_at"),
                rs.getInt("minutes"), ZoneId.of(rs.getString("time_zone")));
    }
}
