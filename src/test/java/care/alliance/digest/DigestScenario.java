package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.Fixtures;
import care.alliance.ingest.EventsApi;
import care.alliance.patients.api.ApiCalls;

/**
 * A patient scripted over the real API, as the programme would send it: an assessment, one attended
 * session ten days ago (where "since the previous session" begins), a session booked for tomorrow, and
 * data before and inside that period. Dates are relative to now because the application's clock is real.
 */
final class DigestScenario {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final String programmeId;
    final String appointment;
    final long patientId;
    final long appointmentId;
    final Instant since;
    private final EventsApi events;
    private final String run = EventsApi.run();

    DigestScenario(int port, JdbcTemplate jdbc) {
        ApiCalls api = new ApiCalls(port, jdbc);
        events = new EventsApi(port);
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        since = now.minus(Duration.ofDays(10));
        programmeId = api.registerPatient("dg-" + run + "p", now.minus(Duration.ofDays(40)).atZone(LONDON)
                .toLocalDate().toString());
        api.attended(run + "as", programmeId, now.minus(Duration.ofDays(35)).toString(), "ASSESSMENT");
        api.attended(run + "s1", programmeId, since.toString(), "FACE_TO_FACE");
        appointment = run + "next";
        assertThat(api.post("/api/v1/appointments", """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": 30, "kind": "FACE_TO_FACE"}"""
                .formatted(appointment, programmeId, now.plus(Duration.ofDays(1)))).status()).isEqualTo(201);
        patientId = Fixtures.patientId(jdbc, programmeId);
        appointmentId = jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class,
                appointment);
    }

    /** Posts events over HTTP; every one must be accepted. */
    void post(List<Map<String, Object>> list) {
        HttpResponse<String> reply = events.post(EventsApi.body(list));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).as(reply.body()).doesNotContain("REJECTED");
    }

    private int sequence;

    Map<String, Object> event(String type, Instant at, Object... fields) {
        Map<String, Object> event = new java.util.LinkedHashMap<>(Map.of("id", run + "e" + (++sequence),
                "patient", programmeId, "type", type, "occurredAt", at.toString()));
        for (int i = 0; i < fields.length; i += 2) {
            event.put((String) fields[i], fields[i + 1]);
        }
        return event;
    }

    Instant day(int daysAfterSince) {
        return since.plus(Duration.ofDays(daysAfterSince));
    }

    /** Everything §6 covers, inside and (to be left out) outside the period. */
    void scriptedData(JdbcTemplate jdbc) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(event("MOOD", day(-1), "score", 1));
        int[] moods = {7, 6, 5, 4};
        for (int i = 0; i < moods.length; i++) {
            list.add(event("MOOD", day(1 + i), "score", moods[i]));
        }
        list.add(event("QUESTIONNAIRE", day(-24), "instrument", "PHQ9", "items", List.of(2, 2, 2, 1, 1, 1, 1, 0, 0)));
        list.add(event("QUESTIONNAIRE", day(2), "instrument", "PHQ9", "items", List.of(3, 3, 3, 2, 2, 2, 1, 0, 1)));
        list.add(event("QUESTIONNAIRE", day(2), "instrument", "GAD7", "items", List.of(1, 1, 1, 1, 1, 1, 1)));
        list.add(event("MODULE_PROGRESS", day(-20), "module", "PSYCHOEDUCATION", "percent", 50));
        list.add(event("MODULE_PROGRESS", day(1), "module", "PSYCHOEDUCATION", "percent", 100));
        list.add(event("MODULE_PROGRESS", day(-10), "module", "BEHAVIOURAL_ACTIVATION", "percent", 30));
        list.add(event("DIARY", day(-2), "activity", "Walk", "status", "PLANNED"));
        for (int i = 1; i <= 3; i++) {
            list.add(event("DIARY", day(i), "activity", "Walk " + i, "status", "PLANNED"));
        }
        list.add(event("DIARY", day(2), "activity", "Walk 1", "status", "COMPLETED"));
        list.add(event("DIARY", day(3), "activity", "Walk 2", "status", "COMPLETED"));
        list.add(event("MESSAGE", day(2), "text", "The app logged me out"));
        list.add(event("MESSAGE", day(3), "text", "See you tomorrow"));
        post(list);
        issue(jdbc, "SYNC", "OPEN", day(1), null, null);
        issue(jdbc, "LOGIN", "RESOLVED", day(-20), day(3), "Password reset with the patient");
        issue(jdbc, "CRASH", "RESOLVED", day(-20), day(-5), "Fixed before the period");
    }

    void issue(JdbcTemplate jdbc, String category, String status, Instant opened, Instant resolved, String resolution) {
        jdbc.update("""
                INSERT INTO technical_issue (patient_id, service_id, category, source, status, description,
                    opened_at, updated_at, resolved_at, resolution)
                SELECT id, service_id, ?, 'DETECTED', ?, 'scripted', ?, ?, ?, ? FROM patient WHERE id = ?""",
                category, status, utc(opened), utc(resolved == null ? opened : resolved),
                resolved == null ? null : utc(resolved), resolution, patientId);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
