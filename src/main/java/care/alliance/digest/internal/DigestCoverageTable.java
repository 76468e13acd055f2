package care.alliance.digest.internal;

import static care.alliance.shared.db.UtcColumns.instant;
import static care.alliance.shared.db.UtcColumns.utc;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.digest.DigestCoverageReport.FailedBuild;
import care.alliance.digest.DigestCoverageReport.PwpCoverage;

/** The coverage view's two reads, one statement each, over a service's BOOKED appointments in a window. */
@Component
public class DigestCoverageTable {

    /** The failures list shows the newest; a day with more than this is a systemic fault, not a list to read. */
    public static final int MAX_FAILURES = 100;

    private final JdbcTemplate jdbc;

    DigestCoverageTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per PWP of the service: appointments, how many have a digest, how many failed and still have none. */
    public List<PwpCoverage> perPwp(long serviceId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT s.id, s.display_name, COUNT(*),
                       SUM(EXISTS (SELECT 1 FROM digest d WHERE d.appointment_id = a.id)),
                       SUM(NOT EXISTS (SELECT 1 FROM digest d WHERE d.appointment_id = a.id)
                           AND EXISTS (SELECT 1 FROM digest_build_failure f WHERE f.appointment_id = a.id))
                FROM appointment a JOIN staff_user s ON s.id = a.pwp_id
                WHERE a.status = 'BOOKED' AND a.start_at >= ? AND a.start_at < ? AND s.service_id = ?
                GROUP BY s.id, s.display_name
                ORDER BY s.display_name, s.id""",
                (rs, row) -> new PwpCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                utc(from), utc(to), serviceId);
    }

    /** The newest failed builds of the service's BOOKED appointments starting in the window. */
    public List<FailedBuild> failures(long serviceId, Instant from, Instant to) {
        return jdbc.query("""
                SELECT a.external_id, a.start_at, s.display_name, f.pass, f.failed_at, f.message,
                       EXISTS (SELECT 1 FROM digest d WHERE d.appointment_id = a.id AND d.built_at > f.failed_at)
                FROM digest_build_failure f JOIN appointment a ON a.id = f.appointment_id
                     JOIN staff_user s ON s.id = a.pwp_id
                WHERE a.status = 'BOOKED' AND a.start_at >= ? AND a.start_at < ? AND s.service_id = ?
                ORDER BY f.failed_at DESC, f.id DESC LIMIT ?""",
                (rs, row) -> new FailedBuild(rs.getString(1), instant(rs, 2),
                        rs.getString(3), rs.getString(4), instant(rs, 5), rs.getString(6),
                        rs.getBoolean(7)),
                utc(from), utc(to), serviceId, MAX_FAILURES);
    }

}
