package care.alliance.demo;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The navigator's onboarding checklists of the demo (clinical.md section 5), written after the
 * generator: a patient whose treatment has started was onboarded before the first blended session,
 * so all seven steps are ticked by the service's navigator on the afternoon of the assessment and the patient
 * is marked ready; a patient assessed but not yet in treatment has only the account set up, so the
 * demo's onboarding list has work in it. One INSERT ... SELECT per table: the demo's size never
 * changes the number of statements.
 */
final class DemoOnboarding {

    static final String SKILLS_NOTE = "Uses a smartphone daily; prefers written instructions to video.";

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
        return rows;
    }
}
