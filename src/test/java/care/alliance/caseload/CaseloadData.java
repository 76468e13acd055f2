package care.alliance.caseload;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.navigator.OnboardingStep;

/**
 * Rows for caseload tests, straight into the tables as the fixtures and the demo write them; tests
 * then run the projector's rebuild. Each test class uses a service of its own, so nothing here
 * changes the counts other tests expect of the fixture services.
 */
public final class CaseloadData {

    private final JdbcTemplate jdbc;

    public CaseloadData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long service(String code) {
        return jdbc.query("SELECT id FROM service WHERE code = ?", (rs, i) -> rs.getLong(1), code).stream()
                .findFirst().orElseGet(() -> {
                    long id = next("service_seq");
                    jdbc.update("INSERT INTO service (id, code, name) VALUES (?, ?, ?)", id, code, code);
                    return id;
                });
    }

    /** A staff member who cannot sign in with a password; tests act as them through {@link care.alliance.SignedIn}. */
    public long staff(String username, String name, String role, long service) {
        long id = next("staff_user_seq");
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id)"
                + " VALUES (?, ?, ?, '!no-login', ?, ?)", id, username, name, role, service);
        return id;
    }

    /** A patient with one open episode, assessed and in treatment if the dates are given; returns the episode id. */
    public long patient(String programmeId, String name, long service, long pwp, LocalDate assessed, LocalDate treated) {
        long patient = next("patient_seq");
        jdbc.update("INSERT INTO patient (id, programme_id, display_name, service_id, created_at) VALUES (?, ?, ?, ?, ?)",
                patient, programmeId, name, service, utc(Instant.parse("2026-01-05T09:00:00Z")));
        long episode = next("episode_seq");
        jdbc.update("INSERT INTO episode (id, patient_id, pwp_id, referred_on, assessed_on, first_treatment_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", episode, patient, pwp, Date.valueOf(LocalDate.of(2026, 1, 5)),
                assessed == null ? null : Date.valueOf(assessed), treated == null ? null : Date.valueOf(treated));
        return episode;
    }

    public long patientOf(long episode) {
        return jdbc.queryForObject("SELECT patient_id FROM episode WHERE id = ?", Long.class, episode);
    }

    public void discharge(long episode, LocalDate on) {
        jdbc.update("UPDATE episode SET discharged_on = ? WHERE id = ?", Date.valueOf(on), episode);
    }

    /** Returns the appointment's id. */
    public long appointment(long episode, String kind, Instant start, String status) {
        long id = next("appointment_seq");
        jdbc.update("INSERT INTO appointment (id, external_id, episode_id, patient_id, pwp_id, kind, start_at, minutes,"
                + " status) SELECT ?, ?, e.id, e.patient_id, e.pwp_id, ?, ?, 30, ? FROM episode e WHERE e.id = ?",
                id, uid(), kind, utc(start), status, episode);
        return id;
    }

    public void score(long episode, String instrument, Instant at, int total) {
        int items = instrument.equals("PHQ9") ? 9 : 7;
        Integer[] values = new Integer[9];
        int left = total;
        for (int i = 0; i < items; i++) {
            values[i] = i == 8 ? 0 : Math.min(3, left); // PHQ-9 item 9 stays 0: risk flags are added explicitly
            left -= values[i];
        }
        jdbc.update("INSERT INTO questionnaire (event_id, patient_id, instrument, occurred_at, item_1, item_2, item_3,"
                + " item_4, item_5, item_6, item_7, item_8, item_9, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                uid(), patientOf(episode), instrument, utc(at), values[0], values[1], values[2], values[3], values[4],
                values[5], values[6], values[7], values[8], total - left);
    }

    public void mood(long episode, Instant at) {
        fact("mood_rating", "score", episode, at, 5);
    }

    public void module(long episode, String module, int percent) {
        module(episode, module, percent, Instant.parse("2026-02-01T18:00:00Z"));
    }

    /** Module progress at a given time (detection's stuck-module rule). */
    public void module(long episode, String module, int percent, Instant at) {
        jdbc.update("INSERT INTO module_progress (event_id, patient_id, occurred_at, module, percent) VALUES (?, ?, ?, ?, ?)",
                uid(), patientOf(episode), utc(at), module, percent);
    }

    public void login(long episode, Instant at, boolean success) {
        jdbc.update("INSERT INTO login_event (event_id, patient_id, occurred_at, success, reason) VALUES (?, ?, ?, ?, ?)",
                uid(), patientOf(episode), utc(at), success, success ? null : "BAD_PASSWORD");
    }

    /** One notification event: status SCHEDULED, DELIVERED, OPENED or DISMISSED. */
    public void notification(long episode, Instant at, String kind, String status) {
        jdbc.update("INSERT INTO notification_event (event_id, patient_id, occurred_at, notification_id, kind, status)"
                + " VALUES (?, ?, ?, ?, ?, ?)", uid(), patientOf(episode), utc(at), uid(), kind, status);
    }

    public void message(long episode, boolean read) {
        jdbc.update("INSERT INTO message (event_id, patient_id, occurred_at, text, read_at) VALUES (?, ?, ?, 'hello', ?)",
                uid(), patientOf(episode), utc(Instant.parse("2026-02-01T18:00:00Z")),
                read ? utc(Instant.parse("2026-02-02T09:00:00Z")) : null);
    }

    public void riskFlag(long episode, boolean open) {
        jdbc.update("INSERT INTO risk_flag (id, patient_id, raised_at, reason, status, reviewed_by, reviewed_at,"
                + " review_note) SELECT ?, e.patient_id, ?, 'PHQ-9 item 9 scored 2', ?, ?, ?, ? FROM episode e WHERE e.id = ?",
                next("risk_flag_seq"), utc(Instant.parse("2026-02-01T18:00:00Z")), open ? "OPEN" : "REVIEWED",
                open ? null : pwpOf(episode), open ? null : utc(Instant.parse("2026-02-02T09:00:00Z")),
                open ? null : "Reviewed at session", episode);
    }

    public void issue(long episode, String category, String status) {
        jdbc.update("INSERT INTO technical_issue (patient_id, service_id, category, source, status, description, opened_at,"
                + " updated_at, resolved_at, resolution) SELECT p.id, p.service_id, ?, 'NAVIGATOR', ?, 'test', ?, ?, ?, ?"
                + " FROM episode e JOIN patient p ON p.id = e.patient_id WHERE e.id = ?", category, status,
                utc(Instant.parse("2026-02-01T18:00:00Z")), utc(Instant.parse("2026-02-01T18:00:00Z")),
                status.equals("RESOLVED") ? utc(Instant.parse("2026-02-02T09:00:00Z")) : null,
                status.equals("RESOLVED") ? "fixed" : null, episode);
    }

    /** The first {@code steps} onboarding steps ticked (by the episode's PWP, as test data), and the ready mark. */
    public void onboarding(long episode, int steps, boolean ready) {
        for (OnboardingStep step : Arrays.copyOf(OnboardingStep.values(), steps)) {
            jdbc.update("INSERT INTO onboarding_step (patient_id, step, ticked_by, ticked_at, note) VALUES (?, ?, ?, ?, ?)",
                    patientOf(episode), step.name(), pwpOf(episode), utc(Instant.parse("2026-01-06T10:00:00Z")),
                    step.needsNote() ? "None" : null);
        }
        if (ready) {
            jdbc.update("INSERT INTO onboarding_ready (patient_id, marked_by, marked_at) VALUES (?, ?, ?)",
                    patientOf(episode), pwpOf(episode), utc(Instant.parse("2026-01-07T10:00:00Z")));
        }
    }

    private void fact(String table, String column, long episode, Instant at, Object value) {
        jdbc.update("INSERT INTO " + table + " (event_id, patient_id, occurred_at, " + column + ") VALUES (?, ?, ?, ?)",
                uid(), patientOf(episode), utc(at), value);
    }

    private long pwpOf(long episode) {
        return jdbc.queryForObject("SELECT pwp_id FROM episode WHERE id = ?", Long.class, episode);
    }

    private long next(String sequence) {
        return jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
    }

    private static String uid() {
        return "t-cl-" + UUID.randomUUID();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
