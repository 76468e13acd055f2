package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.digest.internal.BuildPass;
import care.alliance.digest.internal.DigestBuildPlanner;
import care.alliance.ingest.EventsApi;
import care.alliance.patients.api.ApiCalls;

/** api.md {@code POST /api/v1/jobs/digests}: through the real scheduler, so the build really runs. */
@AllianceTest
class DigestJobsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = EventsApi.run();

    HttpResponse<String> post(String query, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/jobs/digests" + query)).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A patient with one attended session and one BOOKED at {@code start}; returns the appointment's id. */
    long bookedAt(Instant start, String name) {
        ApiCalls api = new ApiCalls(port, jdbc);
        String patient = api.registerPatient("jo-" + run + name, "2026-01-05");
        api.attended(run + name + "s1", patient, start.minus(Duration.ofDays(7)).toString(), "FACE_TO_FACE");
        assertThat(api.post("/api/v1/appointments", """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": 30, "kind": "FACE_TO_FACE"}"""
                .formatted(run + name, patient, start)).status()).isEqualTo(201);
        return jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class, run + name);
    }

    int digests(long appointment) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM digest WHERE appointment_id = ?", Integer.class,
                appointment);
    }

    @Test
    void schedulesABuildThatRunsAndAnswers202WithTheCount() throws Exception {
        // a minute of its own so no other test's appointment shares the window
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES).plusSeconds(17);
        long appointment = bookedAt(start, "ok");

        HttpResponse<String> reply = post("?from=" + start + "&to=" + start.plusSeconds(1), Fixtures.TOKEN_ALL);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JsonMapper.builder().build().readTree(reply.body()).path("scheduled").asInt()).isEqualTo(1);
        Awaitility.await("Quartz ran the build").atMost(Duration.ofSeconds(30))
                .until(() -> digests(appointment) > 0);
        assertThat(digests(appointment)).as("Quartz ran the build").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DIGEST_JOBS_RUN' "
                + "AND username = 'integration:t-programme' AND detail LIKE ?", Integer.class, "%" + start + "%"))
                .as("H13 audited as the integration").isEqualTo(1);
    }

    @Test
    void badWindowsAre400WithErrorsAndScheduleNothing() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        long appointment = bookedAt(start, "bad");
        Instant from = start.minus(Duration.ofHours(1));
        String[][] cases = {
                {"", "from"},
                {"?from=" + from, "to"},
                {"?from=yesterday&to=" + start.plusSeconds(60), "from"},
                {"?from=" + start.plusSeconds(60) + "&to=" + from, "to"},
                {"?from=" + from + "&to=" + from, "to"},
                {"?from=" + from + "&to=" + from.plus(Duration.ofDays(7)).plusSeconds(1), "to"}};

        for (String[] bad : cases) {
            HttpResponse<String> reply = post(bad[0], Fixtures.TOKEN_ALL);
            assertThat(reply.statusCode()).as(bad[0]).isEqualTo(400);
            assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode errors = JsonMapper.builder().build().readTree(reply.body()).path("errors");
            assertThat(errors.toString()).as(bad[0]).contains("\"field\":\"" + bad[1] + "\"");
        }
        assertThat(scheduler.checkExists(DigestBuildPlanner.jobKey(appointment, BuildPass.REQUESTED))).isFalse();
        assertThat(digests(appointment)).isZero();
        // a week with no appointments, so nothing real is built
        HttpResponse<String> week = post("?from=2040-01-01T00:00:00Z&to=2040-01-08T00:00:00Z", Fixtures.TOKEN_ALL);
        assertThat(week.statusCode()).as("exactly 7 days is allowed").isEqualTo(202);
        assertThat(week.body()).isEqualTo("{\"scheduled\":0}");
    }

    @Test
    void withoutATokenIs401AndWithoutTheScopeIs403() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
        long appointment = bookedAt(start, "auth");
        String query = "?from=" + start + "&to=" + start.plusSeconds(60);

        HttpResponse<String> none = post(query, null);
        HttpResponse<String> outcomesOnly = post(query, Fixtures.TOKEN_OUTCOMES_ONLY);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(outcomesOnly.statusCode()).isEqualTo(403);
        assertThat(outcomesOnly.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(scheduler.checkExists(DigestBuildPlanner.jobKey(appointment, BuildPass.REQUESTED))).isFalse();
    }
}
