package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Episodes in every stage of clinical.md section 3, with stage dates that agree with the appointments. */
@DemoTest
class DemoEpisodeFlowTest {

    private static final String ATTENDED_TREATMENT = "SELECT COUNT(*) FROM appointment a WHERE a.episode_id = e.id"
            + " AND a.status = 'ATTENDED' AND a.kind <> 'ASSESSMENT'";
    private static final LocalDate TODAY = LocalDate.ofInstant(DemoTest.NOW, ZoneOffset.UTC);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyStageHasEpisodes() {
        assertThat(episodes("assessed_on IS NULL AND discharged_on IS NULL")).as("waiting").isGreaterThan(20);
        assertThat(episodes("assessed_on IS NOT NULL AND first_treatment_on IS NULL AND discharged_on IS NULL"))
                .as("assessed").isGreaterThan(20);
        assertThat(episodes("first_treatment_on IS NOT NULL AND discharged_on IS NULL")).as("in treatment")
                .isGreaterThan(150);
        assertThat(episodes("discharged_on IS NOT NULL AND (" + ATTENDED_TREATMENT + ") >= 2"))
                .as("discharged after a course").isGreaterThan(40);
        assertThat(episodes("discharged_on IS NOT NULL AND (" + ATTENDED_TREATMENT + ") < 2"))
                .as("dropped out").isGreaterThan(10);
    }

    @Test
    void stageDatesAreTheDaysOfTheAttendedAppointments() {
        String attendedDay = "SELECT DATE(a.start_at) FROM appointment a WHERE a.episode_id = e.id"
                + " AND a.status = 'ATTENDED' AND a.kind ";
        assertThat(episodes("NOT assessed_on <=> (" + attendedDay + "= 'ASSESSMENT' ORDER BY a.start_at LIMIT 1)"))
                .isZero();
        assertThat(episodes("NOT first_treatment_on <=> (" + attendedDay + "<> 'ASSESSMENT' ORDER BY a.start_at LIMIT 1)"))
                .isZero();
        assertThat(episodes("NOT second_treatment_on <=> (" + attendedDay
                + "<> 'ASSESSMENT' ORDER BY a.start_at LIMIT 1 OFFSET 1)")).isZero();
        assertThat(episodes("assessed_on < referred_on OR first_treatment_on < assessed_on"
                + " OR second_treatment_on <= first_treatment_on OR discharged_on < second_treatment_on"
                + " OR discharged_on >= ?", TODAY)).isZero();
    }

    @Test
    void pastAppointmentsHappenedAndEveryPatientInTreatmentIsBookedWithinFourteenDays() {
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE start_at < ? AND status = 'BOOKED'", TODAY)).isZero();
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE start_at >= ? AND status <> 'BOOKED'", TODAY)).isZero();
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE minutes <> 30 OR external_id NOT LIKE 'apt-%'"))
                .isZero();
        assertThat(episodes("first_treatment_on IS NOT NULL AND discharged_on IS NULL AND NOT EXISTS (SELECT 1"
                + " FROM appointment a WHERE a.episode_id = e.id AND a.status = 'BOOKED' AND a.start_at >= ?"
                + " AND a.start_at < ?)", TODAY, TODAY.plusDays(15))).isZero();
    }

    @Test
    void treatmentAlternatesFaceToFaceAndOnlineReviewsWeekly() {
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE kind = 'FACE_TO_FACE'")).isGreaterThan(1000);
        assertThat(count("SELECT COUNT(*) FROM appointment WHERE kind = 'ONLINE_REVIEW'")).isGreaterThan(800);
        // consecutive treatment appointments of an episode are of different kinds, about a week apart
        assertThat(count("SELECT COUNT(*) FROM (SELECT kind, start_at, LAG(kind) OVER w AS previous_kind,"
                + " LAG(start_at) OVER w AS previous_start FROM appointment WHERE kind <> 'ASSESSMENT'"
                + " WINDOW w AS (PARTITION BY episode_id ORDER BY start_at)) t WHERE previous_kind IS NOT NULL"
                + " AND (kind = previous_kind OR DATEDIFF(start_at, previous_start) NOT BETWEEN 3 AND 14)")).isZero();
    }

    @Test
    void noPwpIsDoubleBooked() {
        assertThat(count("SELECT COUNT(*) FROM (SELECT pwp_id, start_at FROM appointment"
                + " GROUP BY pwp_id, start_at HAVING COUNT(*) > 1) t")).isZero();
    }

    private long episodes(String condition, Object... args) {
        return count("SELECT COUNT(*) FROM episode e WHERE " + condition, args);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
