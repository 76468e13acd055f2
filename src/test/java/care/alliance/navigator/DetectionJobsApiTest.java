package care.alliance.navigator;

import static care.alliance.navigator.detection.DetectionTestData.silentPatient;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

/**
 * api.md {@code POST /api/v1/jobs/detection}. The run covers every patient in the test database, so
 * the test removes the detected issues it opened afterwards: other tests' patients must not keep them.
 */
@AllianceTest
class DetectionJobsApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Instant started = Instant.now();

    @AfterEach
    void removeWhatTheRunOpened() {
        String opened = "SELECT id FROM technical_issue WHERE source = 'DETECTED' AND opened_at >= ?";
        java.time.LocalDateTime since = java.time.LocalDateTime.ofInstant(started, java.time.ZoneOffset.UTC);
        jdbc.update("DELETE FROM technical_issue_note WHERE issue_id IN (SELECT id FROM (" + opened + ") x)", since);
        jdbc.update("DELETE FROM technical_issue WHERE id IN (SELECT id FROM (" + opened + ") x)", since);
    }

    HttpResponse<String> post(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/jobs/detection")).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void runsTheRulesAndAnswers202WithWhatItDid() throws Exception {
        long patient = silentPatient(jdbc);

        HttpResponse<String> reply = post(Fixtures.TOKEN_ALL);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JsonMapper.builder().build().readTree(reply.body());
        assertThat(body.path("opened").asInt()).isPositive();
        assertThat(body.has("closed")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE patient_id = ? AND category = 'SYNC'"
                + " AND status = 'OPEN'", Integer.class, patient)).isEqualTo(1);
        assertThat(post(Fixtures.TOKEN_ALL).body()).as("nothing new the second time").contains("\"opened\":0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'DETECTION_JOBS_RUN'"
                + " AND username = 'integration:t-programme' AND occurred_at >= ?", Integer.class,
                java.sql.Timestamp.from(started.minusSeconds(1)))).as("H13 audited as the integration").isEqualTo(2);
    }

    @Test
    void withoutATokenIs401AndWithoutTheScopeIs403() throws Exception {
        long patient = silentPatient(jdbc);

        HttpResponse<String> none = post(null);
        HttpResponse<String> outcomesOnly = post(Fixtures.TOKEN_OUTCOMES_ONLY);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(outcomesOnly.statusCode()).isEqualTo(403);
        assertThat(outcomesOnly.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE patient_id = ?", Integer.class,
                patient)).isZero();
    }
}
