package care.alliance.digest.internal;

import static care.alliance.shared.db.UtcColumns.instant;
import static care.alliance.shared.db.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.digest.DigestInboxRow;
import care.alliance.patients.AppointmentKind;

/**
 * The reads behind the digest inbox and the stale marker, and the read receipts (V9). The inbox is
 * one statement whatever the number of appointments: latest version, this reader's receipt and the
 * newest data arrival are correlated sub-queries on indexed keys.
 */
@Component
public class DigestInboxTable {

    /** A PWP's week holds a few dozen sessions; the cap only bounds a misconfigured diary. */
    public static final int MAX_ROWS = 200;

    private final JdbcTemplate jdbc;

    DigestInboxTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROWS = """
            SELECT x.*, d.built_at,
                   EXISTS (SELECT 1 FROM digest_read r WHERE r.staff_id = ? AND r.appointment_id = x.id
                           AND r.version = x.version) AS is_read,
                   (SELECT MAX(e.received_at) FROM programme_event e WHERE e.patient_id = x.patient_id) AS arrived,
                   EXISTS (SELECT 1 FROM risk_flag f WHERE f.patient_id = x.patient_id AND f.status = 'OPEN') AS risk
            FROM (SELECT a.id, a.external_id, a.patient_id, p.display_name, a.kind, a.start_at,
                         (SELECT MAX(v.version) FROM digest v WHERE v.appointment_id = a.id) AS version
                  FROM appointment a JOIN patient p ON p.id = a.patient_id
                  WHERE %s
                  ORDER BY a.start_at, a.id LIMIT ?) x
            LEFT JOIN digest d ON d.appointment_id = x.id AND d.version = x.version
            ORDER BY x.start_at, x.id""";

    /**
     * The PWP's BOOKED appointments starting in [from, to), by start, each with its latest digest and
     * whether {@code readerId} opened that version.
     */
    public List<DigestInboxRow> inbox(long pwpId, long readerId, Instant from, Instant to) {
        return jdbc.query(ROWS.formatted("a.pwp_id = ? AND a.status = 'BOOKED' AND a.start_at >= ? AND a.start_at < ?"),
                DigestInboxTable::row, readerId, pwpId, utc(from), utc(to), MAX_ROWS);
    }

    /** One appointment, whatever its status, as an inbox row for {@code readerId}. */
    public Optional<DigestInboxRow> appointment(long appointmentId, long readerId) {
        return jdbc.query(ROWS.formatted("a.id = ?"), DigestInboxTable::row, readerId, appointmentId, 1).stream()
                .findFirst();
    }

    /** When the patient's newest programme event was received (H06); empty when none was. */
    public Optional<Instant> newestArrival(long patientId) {
        return Optional.ofNullable(jdbc.query("SELECT MAX(received_at) FROM programme_event WHERE patient_id = ?",
                rs -> rs.next() ? instant(rs, 1) : null, patientId));
    }

    /** Records that the reader opened this version; opening it again changes nothing. */
    public void markRead(long staffId, long appointmentId, int version, Instant at) {
        jdbc.update("INSERT IGNORE INTO digest_read (staff_id, appointment_id, version, read_at) VALUES (?, ?, ?, ?)",
                staffId, appointmentId, version, utc(at));
    }

    private static DigestInboxRow row(ResultSet rs, int row) throws SQLException {
        int version = rs.getInt("version");
        boolean built = !rs.wasNull();
        return new DigestInboxRow(rs.getLong("id"), rs.getString("external_id"), rs.getLong("patient_id"),
                rs.getString("display_name"), AppointmentKind.valueOf(rs.getString("kind")), instant(rs, "start_at"),
                built ? version : null, built ? instant(rs, "built_at") : null, rs.getBoolean("is_read"),
                instant(rs, "arrived"), rs.getBoolean("risk"));
    }
}
