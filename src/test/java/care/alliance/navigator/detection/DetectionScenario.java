package care.alliance.navigator.detection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.caseload.CaseloadData;

/**
 * Fresh patients for detection tests, in a service of their own (so per-service thresholds never
 * leak between tests), with programme facts dated relative to today in Europe/London. Tests detect
 * for their own patients only ({@link Detection#runFor}), so other tests' data never meet these.
 */
final class DetectionScenario {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final JdbcTemplate jdbc;
    final CaseloadData data;
    final long service;
    final long pwp;
    final long navigator;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int patients;

    DetectionScenario(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.data = new CaseloadData(jdbc);
        this.service = data.service("t-det-" + run);
        this.pwp = data.staff("t.det.pwp." + run, "Dee Tect", "PWP", service);
        this.navigator = data.staff("t.det.nav." + run, "Nav Igator", "NAVIGATOR", service);
    }

    /** Assessed, open, and logged in successfully an hour ago: "programme active". Returns the episode. */
    long activePatient() {
        long episode = data.patient("t-det-" + run + "-" + (++patients), "D" + patients + ". Detect", service, pwp,
                LocalDate.of(2026, 1, 19), LocalDate.of(2026, 2, 2));
        data.login(episode, Instant.now().minusSeconds(3600), true);
        return episode;
    }

    /** Assessed and open, but no programme facts at all. */
    long newPatient() {
        return data.patient("t-det-" + run + "-" + (++patients), "D" + patients + ". New", service, pwp,
                LocalDate.of(2026, 1, 19), null);
    }

    long patientOf(long episode) {
        return data.patientOf(episode);
    }

    /** The instant of a London wall time {@code daysAgo} days before today (London). */
    static Instant london(int daysAgo, int hour, int minute, int second) {
        return LocalDate.now(LONDON).minusDays(daysAgo).atTime(LocalTime.of(hour, minute, second)).atZone(LONDON)
                .toInstant();
    }

    static Instant london(int daysAgo, int hour) {
        return london(daysAgo, hour, 0, 0);
    }

    /** The unresolved issue's description for a category, or null. */
    String open(long episode, String category) {
        List<String> found = jdbc.queryForList("SELECT description FROM technical_issue WHERE patient_id = ?"
                + " AND category = ? AND status <> 'RESOLVED'", String.class, patientOf(episode), category);
        return found.isEmpty() ? null : found.getFirst();
    }

    int issues(long episode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE patient_id = ?", Integer.class,
                patientOf(episode));
    }

    List<Long> ids(long... episodes) {
        return java.util.Arrays.stream(episodes).mapToObj(this::patientOf).toList();
    }
}
