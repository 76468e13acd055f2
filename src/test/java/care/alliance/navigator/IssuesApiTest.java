package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

/** api.md {@code GET /api/v1/issues}: shape, filters, validation, scopes and the audit trail. */
@AllianceTest
class IssuesApiTest {

    static long patient;
    static long detected;
    static long reported;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void issues(@Autowired JdbcTemplate jdbc) {
        QueueData data = new QueueData(jdbc);
        long service = data.caseload.service("t-issues-api");
        long pwp = data.caseload.staff("t.pwp.ia", "Pip Api", "PWP", service);
        patient = data.patient("ia-1", "I. Api", service, pwp);
        detected = data.open(patient, TechnicalIssueCategory.NOTIFICATIONS_MISSING, Instant.parse("2026-02-03T08:00:00Z"));
        reported = data.issue(patient, TechnicalIssueCategory.CRASH, IssueSource.PWP_REPORT, IssueStatus.RESOLVED,
                Instant.parse("2026-02-01T10:15:00Z"), null);
    }

    @Test
    @DisplayName("H13_ a patient's issues in api.md's shape, newest first, audited per patient as the integration")
    void H13_patientsIssues() {
        int audits = audits();
        HttpResponse<String> reply = get("/api/v1/issues?patient=ia-1", Fixtures.TOKEN_ALL);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode issues = JsonMapper.builder().build().readTree(reply.body());
        assertThat(issues.size()).isEqualTo(2);
        JsonNode first = issues.get(0);
        assertThat(first.path("id").asLong()).isEqualTo(detected);
        assertThat(first.path("category").asString()).isEqualTo("NOTIFICATIONS_MISSING");
        assertThat(first.path("source").asString()).isEqualTo("DETECTED");
        assertThat(first.path("openedAt").asString()).isEqualTo("2026-02-03T08:00:00Z");
        assertThat(first.path("status").asString()).isEqualTo("OPEN");
        assertThat(first.path("patient").asString()).isEqualTo("ia-1");
        assertThat(issues.get(1).path("source").asString()).isEqualTo("REPORTED");
        assertThat(issues.get(1).path("status").asString()).isEqualTo("RESOLVED");
        assertThat(reply.body()).doesNotContain("description").doesNotContain("Reported:");
        assertThat(audits()).isEqualTo(audits + 1);
    }

    @Test
    void filtersByStatus() {
        HttpResponse<String> reply = get("/api/v1/issues?patient=ia-1&status=RESOLVED", Fixtures.TOKEN_ALL);
        JsonNode issues = JsonMapper.builder().build().readTree(reply.body());
        assertThat(issues.size()).isOne();
        assertThat(issues.get(0).path("id").asLong()).isEqualTo(reported);
        HttpResponse<String> all = get("/api/v1/issues?status=OPEN", Fixtures.TOKEN_ALL);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"id\":" + detected).doesNotContain("\"id\":" + reported + ",");
    }

    @Test
    void badParametersAre400WithErrorsAndUnknownPatients404() {
        HttpResponse<String> bad = get("/api/v1/issues?patient=ia-1&status=CLOSED", Fixtures.TOKEN_ALL);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"status\"").contains("OPEN, IN_PROGRESS, WAITING_ON_PATIENT, RESOLVED");
        assertThat(get("/api/v1/issues?status=open", Fixtures.TOKEN_ALL).statusCode()).as("names are exact")
                .isEqualTo(400);
        assertThat(get("/api/v1/issues?patient=", Fixtures.TOKEN_ALL).statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = get("/api/v1/issues?patient=IA-1", Fixtures.TOKEN_ALL);
        assertThat(unknown.statusCode()).as("programme ids are exact, case included").isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void noToken401AndATokenWithoutIssuesRead403AsProblems() {
        HttpResponse<String> none = get("/api/v1/issues?patient=ia-1", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> forbidden = get("/api/v1/issues?patient=ia-1", Fixtures.TOKEN_OUTCOMES_ONLY);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/api/v1/issues", Fixtures.TOKEN_REVOKED).statusCode()).isEqualTo(401);
    }

    private int audits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = 'ISSUES_READ'"
                + " AND role = 'INTEGRATION' AND username = 'integration:t-programme'", Integer.class, patient);
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
