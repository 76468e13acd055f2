package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The digital programme's facts: questionnaires and risk (H01, H03), mood, logins, modules, diary, messages. */
@DemoTest
class DemoProgrammeDataTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(DemoTest.NOW, ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void H03_questionnaireTotalsAreTheSumOfTheirItemsAndGad7HasSevenItems() {
        assertThat(count("SELECT COUNT(*) FROM questionnaire WHERE total <> item_1 + item_2 + item_3 + item_4"
                + " + item_5 + item_6 + item_7 + COALESCE(item_8, 0) + COALESCE(item_9, 0)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM questionnaire WHERE instrument = 'GAD7'"
                + " AND (item_8 IS NOT NULL OR item_9 IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM questionnaire WHERE instrument = 'PHQ9'"))
                .isEqualTo(count("SELECT COUNT(*) FROM questionnaire WHERE instrument = 'GAD7'")).isGreaterThan(1000);
    }

    @Test
    void phq9TrajectoriesMostlyImproveSomeStayFlatAFewDeteriorate() {
        List<Integer> changes = jdbc.queryForList("SELECT last.total - first.total FROM episode e"
                + " JOIN questionnaire first ON first.id = (SELECT id FROM questionnaire WHERE patient_id = e.patient_id"
                + " AND instrument = 'PHQ9' ORDER BY occurred_at LIMIT 1)"
                + " JOIN questionnaire last ON last.id = (SELECT id FROM questionnaire WHERE patient_id = e.patient_id"
                + " AND instrument = 'PHQ9' ORDER BY occurred_at DESC LIMIT 1)"
                + " WHERE e.discharged_on IS NOT NULL AND second_treatment_on IS NOT NULL", Integer.class);

        assertThat(changes).hasSizeGreaterThan(50);
        assertThat(changes.stream().filter(change -> change < 0).count()).isGreaterThan(changes.size() / 2);
        assertThat(changes.stream().filter(change -> change <= -6).count()).isGreaterThan(changes.size() / 4);
        assertThat(changes).anyMatch(change -> Math.abs(change) < 4).anyMatch(change -> change >= 6);
    }

    @Test
    void H01_everyPhq9Item9AboveZeroHasItsRiskFlagAndPwpJonesHasAnOpenOne() {
        assertThat(count("SELECT COUNT(*) FROM questionnaire q WHERE q.instrument = 'PHQ9' AND q.item_9 > 0"
                + " AND NOT EXISTS (SELECT 1 FROM risk_flag f WHERE f.questionnaire_id = q.id"
                + " AND f.patient_id = q.patient_id AND f.reason = CONCAT('PHQ-9 item 9 scored ', q.item_9))")).isZero();
        List<Map<String, Object>> open = jdbc.queryForList("SELECT p.display_name, q.item_9, f.reason"
                + " FROM risk_flag f JOIN questionnaire q ON q.id = f.questionnaire_id JOIN patient p ON p.id = f.patient_id"
                + " JOIN episode e ON e.patient_id = p.id JOIN staff_user u ON u.id = e.pwp_id"
                + " WHERE f.status = 'OPEN' AND u.username = 'pwp.jones' AND q.item_9 > 0");
        assertThat(open).singleElement().satisfies(flag -> {
            assertThat(flag.get("display_name")).isEqualTo("R. Risk");
            assertThat(flag.get("reason")).isEqualTo("PHQ-9 item 9 scored " + flag.get("item_9"));
        });
        assertThat(count("SELECT COUNT(*) FROM risk_flag WHERE status = 'REVIEWED' AND reviewed_by IS NOT NULL"))
                .isPositive();
    }

    @Test
    void theReminderStormIsTheOnlyPatientWithDuplicateDeliveriesOrMoreThanTwiceTheSchedule() {
        List<String> duplicates = names("SELECT patient_id FROM (SELECT patient_id, occurred_at, LAG(occurred_at)"
                + " OVER (PARTITION BY patient_id, kind ORDER BY occurred_at) AS previous FROM notification_event"
                + " WHERE status = 'DELIVERED') t WHERE TIMESTAMPDIFF(SECOND, previous, occurred_at) <= 300");
        List<String> overScheduled = names("SELECT patient_id FROM notification_event GROUP BY patient_id,"
                + " DATE(occurred_at) HAVING SUM(status = 'DELIVERED') > 2 * SUM(status = 'SCHEDULED')");

        assertThat(duplicates).containsExactly("S. Storm");
        assertThat(overScheduled).containsExactly("S. Storm");
    }

    @Test
    void theSilentDeviceIsTheOnlyPatientWithRemindersScheduledButNotDeliveredForTwoDays() {
        List<String> silent = names("SELECT patient_id FROM notification_event WHERE occurred_at >= ? - INTERVAL 2 DAY"
                + " GROUP BY patient_id HAVING SUM(status = 'SCHEDULED') > 0 AND SUM(status = 'DELIVERED') = 0", TODAY);

        assertThat(silent).containsExactly("Q. Quiet");
    }

    @Test
    void moodRatingsHaveMissedDaysAndSomeMultiDayGaps() {
        long gapsOfThreeDaysOrMore = count("SELECT COUNT(DISTINCT patient_id) FROM (SELECT patient_id,"
                + " DATEDIFF(occurred_at, LAG(occurred_at) OVER (PARTITION BY patient_id ORDER BY occurred_at)) AS gap"
                + " FROM mood_rating) t WHERE gap > 3");
        long ratedPatients = count("SELECT COUNT(DISTINCT patient_id) FROM mood_rating");

        assertThat(gapsOfThreeDaysOrMore).isGreaterThan(ratedPatients / 10).isLessThan(ratedPatients);
        assertThat(count("SELECT COUNT(*) FROM (SELECT patient_id, DATE(occurred_at) FROM mood_rating"
                + " GROUP BY patient_id, DATE(occurred_at) HAVING COUNT(*) > 1) t")).isZero();
    }

    @Test
    void theOtherProgrammeFactsCoverEveryKindAndNothingLiesInTheFuture() {
        assertThat(strings("SELECT DISTINCT module FROM module_progress")).contains("PSYCHOEDUCATION",
                "BEHAVIOURAL_ACTIVATION", "COGNITIVE_RESTRUCTURING", "RELAPSE_PREVENTION")
                .containsAnyOf("PHYSICAL_EXERCISE", "PROBLEM_SOLVING");
        assertThat(strings("SELECT DISTINCT status FROM notification_event"))
                .containsExactlyInAnyOrder("SCHEDULED", "DELIVERED", "OPENED", "DISMISSED");
        assertThat(strings("SELECT DISTINCT kind FROM notification_event"))
                .containsExactlyInAnyOrder("MOOD_REMINDER", "ACTIVITY_REMINDER", "MESSAGE_ALERT");
        assertThat(strings("SELECT DISTINCT status FROM diary_entry")).containsExactlyInAnyOrder("PLANNED", "COMPLETED");
        assertThat(strings("SELECT DISTINCT reason FROM login_event WHERE NOT success")).contains("BAD_PASSWORD");
        assertThat(count("SELECT COUNT(*) FROM message WHERE read_at IS NULL")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM message WHERE read_at IS NOT NULL")).isPositive();
        for (String table : List.of("questionnaire", "mood_rating", "module_progress", "notification_event",
                "login_event", "diary_entry", "message")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE occurred_at >= ?", TODAY)).as(table).isZero();
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE event_id NOT LIKE 'demo-%'")).as(table).isZero();
        }
    }

    @Test
    void onlyTheLockedOutPatientFailedThreeLoginsWithinADay() {
        assertThat(names("SELECT DISTINCT a.patient_id FROM login_event a JOIN login_event b ON b.patient_id = a.patient_id"
                + " AND NOT b.success AND b.occurred_at BETWEEN a.occurred_at AND a.occurred_at + INTERVAL 24 HOUR"
                + " WHERE NOT a.success GROUP BY a.id, a.patient_id HAVING COUNT(*) >= 3")).containsExactly("L. Locked");
    }

    /** Display names of the patients whose ids the query returns in its first column. */
    private List<String> names(String patientIdsSql, Object... args) {
        return jdbc.queryForList("SELECT display_name FROM patient WHERE id IN (" + patientIdsSql + ")", String.class,
                args);
    }

    private List<String> strings(String sql) {
        return jdbc.queryForList(sql, String.class);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
