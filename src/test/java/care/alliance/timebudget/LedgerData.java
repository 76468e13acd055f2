package care.alliance.timebudget;

import static care.alliance.shared.db.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.caseload.CaseloadData;

/**
 * Rows for time-budget tests, straight into the tables. Each test class uses services of its own, so
 * nothing here changes what other tests expect of the fixture services.
 */
final class LedgerData {

    private final JdbcTemplate jdbc;
    private final CaseloadData caseload;

    LedgerData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.caseload = new CaseloadData(jdbc);
    }

    long service(String code) {
        return caseload.service(code);
    }

    long staff(String username, String role, long service) {
        return caseload.staff(username, username, role, service);
    }

    /** A patient of the PWP with an open episode; returns the patient's id. */
    long patient(long service, long pwp) {
        return caseload.patientOf(episode(service, pwp));
    }

    long episode(long service, long pwp) {
        return caseload.patient("t-tb-" + UUID.randomUUID(), "T. Budget", service, pwp, LocalDate.of(2026, 1, 19), null);
    }

    /** Returns the external id, as the programme's API names appointments. */
    String appointment(long patient, String kind, Instant start, int minutes, String status) {
        String external = "t-tb-apt-" + UUID.randomUUID();
        jdbc.update("INSERT INTO appointment (id, external_id, episode_id, patient_id, pwp_id, kind, start_at, minutes,"
                + " status) SELECT NEXTVAL(appointment_seq), ?, e.id, e.patient_id, e.pwp_id, ?, ?, ?, ? FROM episode e"
                + " WHERE e.patient_id = ?", external, kind, utc(start), minutes, status, patient);
        return external;
    }

    long appointmentId(String external) {
        return jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class, external);
    }

    int audited(String username, String action, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = ? AND outcome = ?",
                Integer.class, username, action, outcome);
    }

    int entries(long pwp) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE pwp_id = ?", Integer.class, pwp);
    }
}
