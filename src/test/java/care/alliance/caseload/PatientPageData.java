package care.alliance.caseload;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Programme rows for the patient page tests, written as ingest stores them (UTC wall time). Every
 * event id starts with "pp-", so {@link #clear} removes exactly what these tests wrote: the fixture
 * patients are shared with other tests.
 */
public final class PatientPageData {

    private final JdbcTemplate jdbc;
    private int next;

    public PatientPageData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void mood(long patientId, Instant at, int score) {
        jdbc.update("INSERT INTO mood_rating (event_id, patient_id, occurred_at, score) VALUES (?, ?, ?, ?)",
                id(), patientId, utc(at), score);
    }

    /** A PHQ-9 with item 9 at 0 (no risk flag) whose items sum to {@code total} (at most 24). */
    public void phq9(long patientId, Instant at, int total) {
        int[] items = spread(total, 8);
        jdbc.update("INSERT INTO questionnaire (event_id, patient_id, instrument, occurred_at, item_1, item_2, item_3,"
                + " item_4, item_5, item_6, item_7, item_8, item_9, total) VALUES (?, ?, 'PHQ9', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                id(), patientId, utc(at), items[0], items[1], items[2], items[3], items[4], items[5], items[6], items[7], total);
    }

    public void gad7(long patientId, Instant at, int total) {
        int[] items = spread(total, 7);
        jdbc.update("INSERT INTO questionnaire (event_id, patient_id, instrument, occurred_at, item_1, item_2, item_3,"
                + " item_4, item_5, item_6, item_7, total) VALUES (?, ?, 'GAD7', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id(), patientId, utc(at), items[0], items[1], items[2], items[3], items[4], items[5], items[6], total);
    }

    public void module(long patientId, Instant at, String module, int percent) {
        jdbc.update("INSERT INTO module_progress (event_id, patient_id, occurred_at, module, percent) VALUES (?, ?, ?, ?, ?)",
                id(), patientId, utc(at), module, percent);
    }

    public void diary(long patientId, Instant at, String activity, String status) {
        jdbc.update("INSERT INTO diary_entry (event_id, patient_id, occurred_at, activity, status) VALUES (?, ?, ?, ?, ?)",
                id(), patientId, utc(at), activity, status);
    }

    public long message(long patientId, Instant at, String text) {
        String eventId = id();
        jdbc.update("INSERT INTO message (event_id, patient_id, occurred_at, text) VALUES (?, ?, ?, ?)",
                eventId, patientId, utc(at), text);
        return jdbc.queryForObject("SELECT id FROM message WHERE event_id = ?", Long.class, eventId);
    }

    public void login(long patientId, Instant at, boolean success, String reason) {
        jdbc.update("INSERT INTO login_event (event_id, patient_id, occurred_at, success, reason) VALUES (?, ?, ?, ?, ?)",
                id(), patientId, utc(at), success, reason);
    }

    public void notification(long patientId, Instant at, String kind, String status) {
        jdbc.update("INSERT INTO notification_event (event_id, patient_id, occurred_at, notification_id, kind, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id(), patientId, utc(at), "pp-n-" + next, kind, status);
    }

    public long openRiskFlag(long patientId, Instant raisedAt, String reason) {
        long id = jdbc.queryForObject("SELECT NEXTVAL(risk_flag_seq)", Long.class);
        jdbc.update("INSERT INTO risk_flag (id, patient_id, raised_at, reason, status) VALUES (?, ?, ?, ?, 'OPEN')",
                id, patientId, utc(raisedAt), reason);
        return id;
    }

    public void appointment(long patientId, Instant start, String kind, String status) {
        long episode = jdbc.queryForObject("SELECT id FROM episode WHERE patient_id = ? ORDER BY referred_on DESC, id DESC"
                + " LIMIT 1", Long.class, patientId);
        long pwp = jdbc.queryForObject("SELECT pwp_id FROM episode WHERE id = ?", Long.class, episode);
        jdbc.update("INSERT INTO appointment (id, external_id, episode_id, patient_id, pwp_id, kind, start_at, minutes,"
                + " status) VALUES (NEXTVAL(appointment_seq), ?, ?, ?, ?, ?, ?, 30, ?)", id(), episode, patientId, pwp,
                kind, utc(start), status);
    }

    /** Removes every row these tests wrote, the risk flags and technical issues of the given patients too. */
    public void clear(long... patientIds) {
        for (long patientId : patientIds) {
            jdbc.update("DELETE FROM risk_flag WHERE patient_id = ?", patientId);
            jdbc.update("DELETE n FROM technical_issue_note n JOIN technical_issue i ON i.id = n.issue_id"
                    + " WHERE i.patient_id = ?", patientId);
            jdbc.update("DELETE FROM technical_issue WHERE patient_id = ?", patientId);
            jdbc.update("DELETE FROM data_summary WHERE patient_id = ?", patientId);
        }
        for (String table : new String[] {"mood_rating", "questionnaire", "module_progress", "diary_entry", "message",
                "login_event", "notification_event"}) {
            jdbc.update("DELETE FROM " + table + " WHERE event_id LIKE 'pp-%'");
        }
        jdbc.update("DELETE FROM appointment WHERE external_id LIKE 'pp-%'");
    }

    private String id() {
        return "pp-" + System.nanoTime() + "-" + (next++);
    }

    private static int[] spread(int total, int items) {
        int[] scores = new int[items];
        for (int i = 0; i < total; i++) {
            scores[i % items]++;
        }
        return scores;
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
