package care.alliance.digest.internal;

import static care.alliance.shared.db.UtcColumns.instant;
import static care.alliance.shared.db.UtcColumns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.digest.DigestContent;
import care.alliance.digest.DigestJson;
import care.alliance.digest.StoredDigest;

/**
 * The digest table (V8): insert-only, the database refuses updates and deletes. Reads join the
 * appointment so each row comes back with the appointment's own patient id beside its stored one (H02).
 */
@Component
public class DigestTable {

    /** A stored digest and the patient id of the appointment it claims to be for. */
    public record Row(StoredDigest digest, long appointmentPatientId, String fingerprint) {
    }

    private static final String SELECT = """
            SELECT a.external_id, d.patient_id, d.version, d.built_at, d.since_at, d.until_at, d.content,
                   a.patient_id, d.input_fingerprint
            FROM digest d JOIN appointment a ON a.id = d.appointment_id
            """;

    private final JdbcTemplate jdbc;

    DigestTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> latestForAppointment(long appointmentId) {
        return jdbc.query(SELECT + "WHERE d.appointment_id = ? ORDER BY d.version DESC LIMIT 1",
                DigestTable::one, appointmentId);
    }

    /**
     * The newest built digest of any of the patient's appointments. Found through the appointment,
     * which is what a digest is for: a row stored under a wrong patient id then surfaces on its own
     * patient's page, where the H02 check refuses it, and never on the wrong patient's.
     */
    public Optional<Row> latestForPatient(long patientId) {
        return jdbc.query(SELECT + "WHERE a.patient_id = ? ORDER BY d.built_at DESC, d.id DESC LIMIT 1",
                DigestTable::one, patientId);
    }

    /** Throws DuplicateKeyException when this appointment's version is already stored. */
    void insert(long appointmentId, long patientId, DigestContent content, String fingerprint) {
        jdbc.update("""
                INSERT INTO digest (appointment_id, patient_id, version, built_at, since_at, until_at,
                    input_fingerprint, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                appointmentId, patientId, content.version(), utc(content.builtAt()), utc(content.since()),
                utc(content.until()), fingerprint, DigestJson.write(content));
    }

    private static Optional<Row> one(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        StoredDigest digest = new StoredDigest(rs.getString(1), rs.getLong(2), rs.getInt(3), instant(rs, 4),
                instant(rs, 5), instant(rs, 6), rs.getString(7));
        return Optional.of(new Row(digest, rs.getLong(8), rs.getString(9)));
    }
}
