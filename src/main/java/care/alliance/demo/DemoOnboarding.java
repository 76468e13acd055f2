package care.alliance.demo;

import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The navigator's onboarding checklists of the demo (clinical.md section 5), written after the
 * generator: a patient whose treatment has started was onboarded before the first blended session,
 * so all seven steps are ticked by the service's navigator on the afternoon of the assessment and the patient
 * is marked ready; a patient assessed but not yet in treatment has only the account set up, so the
 * demo's onboarding list has work in it. The "reminder schedule agreed" step comes with version 1 of
 * the schedule: the daily mood reminder at the London time the generator's programme sent it, with
 * night-time quiet hours (the programme's activity reminders follow the diary, not a clock). A
 * service without a navigator has no checklists. A fixed number of statements, whatever the size.
 */
final class DemoOnboarding {

    static final String SKILLS_NOTE = "Uses a smartphone daily; prefers written instructions to video.";
    static final String SCHEDULE_AGREED = "Agreed at onboarding: one mood reminder a day, nothing at night.";
    /** For a patient whose programme has sent no mood reminder yet. */
    private static final LocalTime DEFAULT_REMINDER = LocalTime.of(19, 0);

    private static final String NAVIGATOR = "(SELECT MIN(n.id) FROM staff_user n WHERE n.role = 'NAVIGATOR'"
            + " AND n.service_id = p.service_id)";
    /** The episode whose onboarding the demo shows: open, assessed by today. */
    private static final String OPEN_EPISODES = " episode e JOIN patient p ON p.id = e.patient_id"
            + " WHERE e.discharged_on IS NULL AND e.assessed_on <= ? AND " + NAVIGATOR + " IS NOT NULL";
    private static final String IN_TREATMENT = " AND e.first_treatment_on <= ?";

    private final JdbcTemplate jdbc;

    DemoOnboarding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the number of checklist rows and ready marks written */
    int write(LocalDate today) {
        int rows = jdbc.update("INSERT INTO onboarding_step (patient_id, step, ticked_by, ticked_at, note)"
                + " SELECT DISTINCT e.patient_id, s.step, " + NAVIGATOR + ", TIMESTAMP(e.assessed_on,"
                + " '16:00:00') + INTERVAL s.n * 5 MINUTE, CASE WHEN s.step = 'DIGITAL_SKILLS' THEN ? END"
                + " FROM (SELECT 'ACCOUNT_CREATED' AS step, 0 AS n UNION ALL SELECT 'APP_INSTALLED', 1"
                + " UNION ALL SELECT 'FIRST_LOGIN', 2 UNION ALL SELECT 'NOTIFICATION_TEST', 3"
                + " UNION ALL SELECT 'REMINDER_SCHEDULE', 4 UNION ALL SELECT 'FIRST_MOOD_RATING', 5"
                + " UNION ALL SELECT 'DIGITAL_SKILLS', 6) s"
                + " JOIN" + OPEN_EPISODES
                + " AND (e.first_treatment_on <= ? OR s.n < 2)", // waiting for treatment: the account only
                SKILLS_NOTE, today, today);
        rows += jdbc.update("INSERT INTO onboarding_ready (patient_id, marked_by, marked_at)"
                + " SELECT DISTINCT e.patient_id, " + NAVIGATOR + ", TIMESTAMP(e.assessed_on, '16:40:00')"
                + " FROM" + OPEN_EPISODES + IN_TREATMENT, today, today);
        return rows + schedules();
    }

    private int schedules() {
        // Rows in one batch, not INSERT ... SELECT: that failed here on MariaDB 11.4 with "Column
        // 'patient_id' cannot be null" although no selected value is null (the table has a trigger).
        List<Object[]> agreed = jdbc.query("SELECT patient_id, ticked_by, ticked_at FROM onboarding_step"
                + " WHERE step = 'REMINDER_SCHEDULE'", (row, i) -> new Object[] {row.getLong(1), row.getLong(2),
                        row.getObject(3, LocalDateTime.class), SCHEDULE_AGREED});
        jdbc.batchUpdate("INSERT INTO reminder_schedule (patient_id, version, days_mask, quiet_start, quiet_end, paused,"
                + " changed_by, changed_at, reason) VALUES (?, 1, 127, '22:00', '07:00', FALSE, ?, ?, ?)", agreed);
        int rows = agreed.size();
        List<Object[]> times = new ArrayList<>();
        jdbc.query("SELECT s.id, (SELECT MAX(n.occurred_at) FROM notification_event n WHERE n.patient_id = s.patient_id"
                + " AND n.kind = 'MOOD_REMINDER' AND n.status = 'SCHEDULED') FROM reminder_schedule s", row -> {
            LocalDateTime lastUtc = row.getObject(2, LocalDateTime.class);
            LocalTime at = lastUtc == null ? DEFAULT_REMINDER
                    : lastUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DemoTime.SERVICE_ZONE).toLocalTime();
            times.add(new Object[] {row.getLong(1), Time.valueOf(at)});
        });
        jdbc.batchUpdate("INSERT INTO reminder_time (schedule_id, kind, at_time) VALUES (?, 'MOOD_REMINDER', ?)", times);
        return rows + times.size();
    }
}
