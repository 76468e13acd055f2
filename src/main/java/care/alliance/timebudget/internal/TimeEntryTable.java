package care.alliance.timebudget.internal;

import static care.alliance.shared.db.UtcColumns.instant;
import static care.alliance.shared.db.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import care.alliance.timebudget.EntrySource;
import care.alliance.timebudget.EntryState;
import care.alliance.timebudget.NewTimeEntry;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeKind;

/**
 * Reads and writes of {@code time_entry} (V14). Not a security boundary: the services scope to the
 * signed-in PWP and audit. Every change is conditional on the owner, the version read and the state it
 * expects, and bumps the version; 0 rows changed means "look again why" ({@link #byId}).
 */
@Component
public class TimeEntryTable {

    private static final String SELECT = """
            SELECT t.id, t.pwp_id, t.work_date, t.minutes, t.kind, t.patient_id, p.display_name, t.source,
                   t.state, t.captured_minutes, t.origin_key, t.origin_withdrawn, t.note, t.created_at,
                   t.confirmed_at, t.version
              FROM time_entry t LEFT JOIN patient p ON p.id = t.patient_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TimeEntryTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TimeEntry> byId(long id) {
        return jdbc.query(SELECT + " WHERE t.id = :id", new MapSqlParameterSource("id", id), TimeEntryTable::entry)
                .stream().findFirst();
    }

    public Optional<TimeEntry> byOrigin(String originKey) {
        return jdbc.query(SELECT + " WHERE t.origin_key = :key", new MapSqlParameterSource("key", originKey),
                TimeEntryTable::entry).stream().findFirst();
    }

    /** The PWP's entries dated in [from, to], by date then creation. */
    public List<TimeEntry> between(long pwp, LocalDate from, LocalDate to) {
        return jdbc.query(SELECT + " WHERE t.pwp_id = :pwp AND t.work_date BETWEEN :from AND :to"
                + " ORDER BY t.work_date, t.created_at, t.id", new MapSqlParameterSource("pwp", pwp)
                        .addValue("from", from).addValue("to", to), TimeEntryTable::entry);
    }

    public long insertManual(long pwp, NewTimeEntry entry, String note, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, note, created_at,
                                        updated_at)
                VALUES (:pwp, :date, :minutes, :kind, :patient, 'MANUAL', :note, :now, :now)""",
                new MapSqlParameterSource("pwp", pwp).addValue("date", entry.workDate())
                        .addValue("minutes", entry.minutes()).addValue("kind", entry.kind().name())
                        .addValue("patient", entry.patientId()).addValue("note", note).addValue("now", utc(now)),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    /** An AUTO entry for a visit; a second insert of the same visit changes nothing (unique origin key). */
    public int insertVisit(long pwp, long patient, LocalDate date, int minutes, String originKey, String note,
            Instant now) {
        return jdbc.update("""
                INSERT IGNORE INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, state,
                                               captured_minutes, origin_key, note, created_at, updated_at)
                VALUES (:pwp, :date, :minutes, 'DIGEST_REVIEW', :patient, 'AUTO', 'PROPOSED', :minutes, :key,
                        :note, :now, :now)""", new MapSqlParameterSource("pwp", pwp).addValue("date", date)
                        .addValue("minutes", minutes).addValue("patient", patient).addValue("key", originKey)
                        .addValue("note", note).addValue("now", utc(now)));
    }

    /** A still-proposed visit measured again with more activity: its captured minutes follow. */
    public int remeasureVisit(long id, long pwp, int minutes, Instant now) {
        return jdbc.update("""
                UPDATE time_entry SET minutes = :minutes, captured_minutes = :minutes, updated_at = :now,
                       version = version + 1
                 WHERE id = :id AND pwp_id = :pwp AND state = 'PROPOSED' AND captured_minutes <> :minutes""",
                new MapSqlParameterSource("id", id).addValue("pwp", pwp).addValue("minutes", minutes)
                        .addValue("now", utc(now)));
    }

    public int confirm(long id, long pwp, int version, Instant now) {
        return change("state = 'CONFIRMED', minutes = captured_minutes, confirmed_at = :now",
                "source = 'AUTO' AND state IN ('PROPOSED', 'REJECTED')", id, pwp, version, now, null);
    }

    public int correct(long id, long pwp, int version, int minutes, String reason, Instant now) {
        return change("state = 'CORRECTED', minutes = :minutes, note = :note, confirmed_at = :now",
                "source = 'AUTO' AND state <> 'REJECTED'", id, pwp, version, now,
                new MapSqlParameterSource("minutes", minutes).addValue("note", reason));
    }

    public int reject(long id, long pwp, int version, String reason, Instant now) {
        return change("state = 'REJECTED', minutes = captured_minutes, note = COALESCE(:note, note),"
                + " confirmed_at = NULL", "source = 'AUTO' AND state <> 'REJECTED'", id, pwp, version, now,
                new MapSqlParameterSource("note", reason));
    }

    public int editManual(long id, long pwp, int version, NewTimeEntry entry, String note, Instant now) {
        return change("work_date = :date, minutes = :minutes, kind = :kind, patient_id = :patient, note = :note",
                "source = 'MANUAL'", id, pwp, version, now, new MapSqlParameterSource("date", entry.workDate())
                        .addValue("minutes", entry.minutes()).addValue("kind", entry.kind().name())
                        .addValue("patient", entry.patientId()).addValue("note", note));
    }

    public int deleteManual(long id, long pwp, int version) {
        return jdbc.update("DELETE FROM time_entry WHERE id = :id AND pwp_id = :pwp AND version = :version"
                + " AND source = 'MANUAL'", new MapSqlParameterSource("id", id).addValue("pwp", pwp)
                        .addValue("version", version));
    }

    private int change(String set, String when, long id, long pwp, int version, Instant now,
            MapSqlParameterSource values) {
        MapSqlParameterSource params = values == null ? new MapSqlParameterSource() : values;
        params.addValue("id", id).addValue("pwp", pwp).addValue("version", version).addValue("now", utc(now));
        return jdbc.update("UPDATE time_entry SET " + set + ", updated_at = :now, version = version + 1"
                + " WHERE id = :id AND pwp_id = :pwp AND version = :version AND " + when, params);
    }

    private static TimeEntry entry(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        long patient = rs.getLong("patient_id");
        boolean noPatient = rs.wasNull();
        int captured = rs.getInt("captured_minutes");
        boolean noCapture = rs.wasNull();
        return new TimeEntry(rs.getLong("id"), rs.getLong("pwp_id"), rs.getObject("work_date", LocalDate.class),
                rs.getInt("minutes"), TimeKind.valueOf(rs.getString("kind")), noPatient ? null : patient,
                rs.getString("display_name"), EntrySource.valueOf(rs.getString("source")),
                state == null ? null : EntryState.valueOf(state), noCapture ? null : captured,
                rs.getString("origin_key"), rs.getBoolean("origin_withdrawn"), rs.getString("note"),
                instant(rs, "created_at"), instant(rs, "confirmed_at"), rs.getInt("version"));
    }
}
