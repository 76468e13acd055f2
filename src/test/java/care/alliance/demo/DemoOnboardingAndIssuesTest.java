package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a presenter signing in as the navigator or a PWP meets straight after seeding: onboarding
 * done for patients in treatment in the navigator's service, begun for those still waiting, and the
 * detection rules already run, so the queue holds the demo's problem patients.
 */
@DemoTest
class DemoOnboardingAndIssuesTest {

    /** The service day of {@link DemoTest#NOW}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String NORTH_OPEN = " FROM episode e JOIN patient p ON p.id = e.patient_id JOIN service s"
            + " ON s.id = p.service_id WHERE s.code = 'north' AND e.discharged_on IS NULL AND e.assessed_on <= ?";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void patientsInTreatmentInTheNavigatorsServiceAreOnboardedAndReady() {
        List<Long> inTreatment = jdbc.queryForList("SELECT e.patient_id" + NORTH_OPEN + " AND e.first_treatment_on <= ?",
                Long.class, TODAY, TODAY);
        assertThat(inTreatment).hasSizeGreaterThan(20);

        for (long patient : inTreatment) {
            assertThat(steps(patient)).as("patient %d", patient).isEqualTo(7);
        }
        assertThat(jdbc.queryForList("SELECT patient_id FROM onboarding_ready", Long.class))
                .containsExactlyInAnyOrderElementsOf(inTreatment);
        assertThat(jdbc.queryForObject("SELECT note FROM onboarding_step WHERE step = 'DIGITAL_SKILLS' LIMIT 1",
                String.class)).isEqualTo(DemoOnboarding.SKILLS_NOTE);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT u.username) FROM onboarding_step o"
                + " JOIN staff_user u ON u.id = o.ticked_by", Long.class)).isOne();
    }

    @Test
    void everyAgreedScheduleIsVersionOneWithTheDailyMoodReminderAtTheTimeTheProgrammeSentIt() {
        List<Long> agreed = jdbc.queryForList("SELECT patient_id FROM onboarding_step WHERE step = 'REMINDER_SCHEDULE'",
                Long.class);
        assertThat(jdbc.queryForList("SELECT patient_id FROM reminder_schedule WHERE version = 1 AND days_mask = 127"
                + " AND quiet_start = '22:00' AND NOT paused", Long.class)).containsExactlyInAnyOrderElementsOf(agreed);
        // S. Storm's programme sends the mood reminder daily at one London time: the schedule says which
        long storm = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = 'S. Storm'", Long.class);
        java.time.LocalDateTime lastSent = jdbc.queryForObject("SELECT MAX(occurred_at) FROM notification_event"
                + " WHERE patient_id = ? AND kind = 'MOOD_REMINDER' AND status = 'SCHEDULED'",
                java.time.LocalDateTime.class, storm);
        assertThat(jdbc.queryForObject("SELECT t.at_time FROM reminder_time t JOIN reminder_schedule s"
                + " ON s.id = t.schedule_id WHERE s.patient_id = ? AND t.kind = 'MOOD_REMINDER'", java.sql.Time.class,
                storm).toLocalTime()).isEqualTo(lastSent.atOffset(java.time.ZoneOffset.UTC)
                        .atZoneSameInstant(DemoTime.SERVICE_ZONE).toLocalTime());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder_schedule s WHERE NOT EXISTS"
                + " (SELECT 1 FROM reminder_time t WHERE t.schedule_id = s.id)", Long.class)).isZero();
    }

    @Test
    void patientsWaitingForTreatmentHaveOnlyTheirAccountSetUpSoTheOnboardingListHasWork() {
        List<Long> waiting = jdbc.queryForList("SELECT e.patient_id" + NORTH_OPEN
                + " AND (e.first_treatment_on IS NULL OR e.first_treatment_on > ?)", Long.class, TODAY, TODAY);
        assertThat(waiting).isNotEmpty();

        for (long patient : waiting) {
            assertThat(jdbc.queryForList("SELECT step FROM onboarding_step WHERE patient_id = ? ORDER BY ticked_at",
                    String.class, patient)).containsExactly("ACCOUNT_CREATED", "APP_INSTALLED");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM onboarding_step o JOIN patient p ON p.id = o.patient_id"
                + " JOIN service s ON s.id = p.service_id WHERE s.code <> 'north'", Long.class))
                .as("the other service has no navigator, so no checklist").isZero();
    }

    @Test
    void detectionHasRunSoTheQueueHoldsTheDemosTechnicalProblems() {
        assertThat(openDetected("S. Storm")).contains("NOTIFICATIONS_EXCESSIVE");
        assertThat(openDetected("Q. Quiet")).contains("NOTIFICATIONS_MISSING");
        assertThat(openDetected("L. Locked")).contains("LOGIN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue i JOIN patient p ON p.id = i.patient_id"
                + " WHERE i.category = 'NOTIFICATIONS_EXCESSIVE'", Long.class))
                .as("only the storm patient's reminders storm").isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DETECTION_RUN'", Long.class))
                .isPositive();
    }

    private List<String> openDetected(String name) {
        return jdbc.queryForList("SELECT i.category FROM technical_issue i JOIN patient p ON p.id = i.patient_id"
                + " WHERE p.display_name = ? AND i.source = 'DETECTED' AND i.status = 'OPEN'", String.class, name);
    }

    private int steps(long patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM onboarding_step WHERE patient_id = ?", Integer.class, patient);
    }
}
