package care.alliance.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A SHA-256 per table over every column that carries meaning, with surrogate ids replaced by the
 * natural keys they point at (programme id, username, service code, event id). Two runs of the
 * generator on different databases, or one after a reseed, compare equal exactly when they wrote
 * the same data.
 */
final class RowFingerprints {

    private static final String PATIENT = " JOIN patient p ON p.id = t.patient_id";
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("service", "SELECT code, name, time_zone FROM service ORDER BY code");
        QUERIES.put("staff_user", "SELECT username, display_name, password_hash, role, s.code, enabled, locked_until"
                + " FROM staff_user t LEFT JOIN service s ON s.id = t.service_id ORDER BY username");
        QUERIES.put("patient", "SELECT programme_id, display_name, s.code, created_at FROM patient t"
                + " JOIN service s ON s.id = t.service_id ORDER BY programme_id");
        QUERIES.put("episode", "SELECT p.programme_id, u.username, referred_on, assessed_on, first_treatment_on,"
                + " second_treatment_on, discharged_on FROM episode t" + PATIENT
                + " JOIN staff_user u ON u.id = t.pwp_id ORDER BY p.programme_id, referred_on");
        QUERIES.put("appointment", "SELECT external_id, p.programme_id, u.username, kind, start_at, minutes, status"
                + " FROM appointment t" + PATIENT + " JOIN staff_user u ON u.id = t.pwp_id ORDER BY external_id");
        QUERIES.put("questionnaire", fact("questionnaire", "instrument, item_1, item_2, item_3, item_4, item_5,"
                + " item_6, item_7, item_8, item_9, total"));
        QUERIES.put("risk_flag", "SELECT p.programme_id, q.event_id, raised_at, reason, status, u.username,"
                + " reviewed_at, review_note FROM risk_flag t" + PATIENT
                + " LEFT JOIN questionnaire q ON q.id = t.questionnaire_id"
                + " LEFT JOIN staff_user u ON u.id = t.reviewed_by ORDER BY p.programme_id, raised_at");
        QUERIES.put("mood_rating", fact("mood_rating", "score"));
        QUERIES.put("module_progress", fact("module_progress", "module, percent"));
        QUERIES.put("notification_event", fact("notification_event", "notification_id, kind, status"));
        QUERIES.put("login_event", fact("login_event", "success, reason"));
        QUERIES.put("diary_entry", fact("diary_entry", "activity, status"));
        QUERIES.put("message", fact("message", "text, read_at"));
        QUERIES.put("time_entry", "SELECT u.username, t.work_date, t.minutes, t.kind, p.programme_id, t.source, t.state,"
                + " t.captured_minutes, a.external_id, t.note, t.created_at, t.confirmed_at FROM time_entry t"
                + " JOIN staff_user u ON u.id = t.pwp_id LEFT JOIN patient p ON p.id = t.patient_id"
                + " LEFT JOIN appointment a ON a.id = t.appointment_id"
                + " ORDER BY u.username, t.work_date, a.external_id, t.kind, t.minutes, t.note");
        QUERIES.put("pwp_capacity", "SELECT u.username, effective_from, clinical_minutes_per_week, contact_target,"
                + " blended_percent, s.username, set_at FROM pwp_capacity t JOIN staff_user u ON u.id = t.pwp_id"
                + " JOIN staff_user s ON s.id = t.set_by ORDER BY u.username, effective_from");
    }

    private RowFingerprints() {
    }

    private static String fact(String table, String columns) {
        return "SELECT t.event_id, p.programme_id, t.occurred_at, " + columns + " FROM " + table + " t" + PATIENT
                + " ORDER BY t.event_id";
    }

    static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        QUERIES.forEach((table, sql) -> {
            MessageDigest digest = sha256();
            long[] rows = {0};
            jdbc.query(sql, row -> {
                rows[0]++;
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    digest.update((row.getString(i) + "\u001f").getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) '\n');
            });
            fingerprints.put(table, rows[0] + " rows " + HexFormat.of().formatHex(digest.digest()));
        });
        return fingerprints;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
