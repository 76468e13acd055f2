package care.alliance.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Patients of a service of their own ("t-ingest"), so the facts and risk flags these tests store
 * never show up in other modules' fixtures (t-north, t-south), and table counts before and after a
 * request measure exactly what the request did.
 */
final class IngestFixtures {

    static final int PATIENTS = 12;
    static final List<String> TABLES = List.of("programme_event", "questionnaire", "mood_rating", "module_progress",
            "notification_event", "login_event", "diary_entry", "message", "risk_flag", "patient", "audit_event");

    private IngestFixtures() {
    }

    static String patient(int n) {
        return "t-ing-" + n;
    }

    static synchronized void ensurePatients(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM service WHERE code = 't-ingest'", Integer.class) > 0) {
            return;
        }
        long service = next(jdbc, "service_seq");
        jdbc.update("INSERT INTO service (id, code, name) VALUES (?, 't-ingest', 'ingest test service')", service);
        long pwp = next(jdbc, "staff_user_seq");
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id)"
                + " VALUES (?, 't.pwp.ingest', 'Ingrid Test', 'x', 'PWP', ?)", pwp, service);
        for (int n = 1; n <= PATIENTS; n++) {
            long id = next(jdbc, "patient_seq");
            jdbc.update("INSERT INTO patient (id, programme_id, display_name, service_id, created_at) VALUES (?, ?, ?, ?, ?)",
                    id, patient(n), "I" + n + ". Fixture", service, Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")));
            jdbc.update("INSERT INTO episode (id, patient_id, pwp_id, referred_on) VALUES (?, ?, ?, ?)",
                    next(jdbc, "episode_seq"), id, pwp, Date.valueOf(LocalDate.of(2026, 1, 5)));
        }
    }

    /** A patient of the t-ingest service no other test sends data for. */
    static long newPatient(JdbcTemplate jdbc, String programmeId) {
        ensurePatients(jdbc);
        long id = next(jdbc, "patient_seq");
        jdbc.update("INSERT INTO patient (id, programme_id, display_name, service_id, created_at)"
                + " SELECT ?, ?, 'Fresh Fixture', id, NOW(6) FROM service WHERE code = 't-ingest'", id, programmeId);
        return id;
    }

    static long patientId(JdbcTemplate jdbc, int n) {
        return jdbc.queryForObject("SELECT id FROM patient WHERE programme_id = ?", Long.class, patient(n));
    }

    /** Row counts of every table a request could touch, to prove a refused request changed nothing. */
    static Map<String, Long> counts(JdbcTemplate jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return counts;
    }

    private static long next(JdbcTemplate jdbc, String sequence) {
        return jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
    }
}
