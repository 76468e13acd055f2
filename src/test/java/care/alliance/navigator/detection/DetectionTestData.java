package care.alliance.navigator.detection;

import org.springframework.jdbc.core.JdbcTemplate;

/** For tests outside this package: a fresh programme-active patient the SYNC rule holds for. */
public final class DetectionTestData {

    private DetectionTestData() {
    }

    /** Active, last mood rating five London days ago; returns the patient id. */
    public static long silentPatient(JdbcTemplate jdbc) {
        DetectionScenario scenario = new DetectionScenario(jdbc);
        long episode = scenario.activePatient();
        scenario.data.mood(episode, DetectionScenario.london(5, 12));
        return scenario.patientOf(episode);
    }
}
