package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.SignedIn;
import care.alliance.caseload.CaseloadData;
import care.alliance.programme.NotificationKind;
import care.alliance.security.ApiScope;
import care.alliance.security.internal.ApiTokens;

/** {@code GET /api/v1/patients/{programmeId}/plan}: shape, version 0, both scopes, 401/403/404, ETag, audit. */
@AllianceTest
class PlanApiTest {

    static final String TOKEN_PLANS_ONLY = "t-token-plan-test-plans";
    static final String TOKEN_EVENTS_ONLY = "t-token-plan-test-events";
    static long agreed;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ReminderSchedules schedules;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void patients(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long north = data.service("t-north");
        long pwp = data.staff("t.pwp.plan", "Pat Plan", "PWP", north);
        agreed = data.patientOf(data.patient("pl-1", "P. Plan", north, pwp, null, null));
        data.patient("pl-0", "P. None", north, pwp, null, null);
        integration(jdbc, "t-plan-reader", ApiScope.PLANS_READ, TOKEN_PLANS_ONLY);
        integration(jdbc, "t-plan-events", ApiScope.EVENTS_WRITE, TOKEN_EVENTS_ONLY);
    }

    @Test
    @DisplayName("H13_ the plan in its documented shape, audited per patient as the integration; a change bumps the version")
    void H13_planShapeAndVersionBump() {
        int version = asNavigator(() -> schedules.current(agreed)).version();
        ScheduleDraft draft = new ScheduleDraft(List.of(
                new Reminder(NotificationKind.MOOD_REMINDER, LocalTime.of(19, 0)),
                new Reminder(NotificationKind.ACTIVITY_REMINDER, LocalTime.of(9, 30))),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)),
                false, null, null, "Agreed at onboarding");
        asNavigator(() -> schedules.change(agreed, version, draft));
        int audits = audits();

        HttpResponse<String> reply = get("/api/v1/patients/pl-1/plan", Fixtures.TOKEN_ALL, null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(reply.headers().firstValue("ETag")).hasValue("\"plan-v" + (version + 1) + "\"");
        JsonNode plan = JsonMapper.builder().build().readTree(reply.body());
        assertThat(plan.path("patient").asString()).isEqualTo("pl-1");
        assertThat(plan.path("version").asInt()).isEqualTo(version + 1);
        assertThat(plan.path("changedAt").asString()).endsWith("Z");
        assertThat(plan.path("timeZone").asString()).isEqualTo("Europe/London");
        JsonNode reminders = plan.path("reminders");
        assertThat(reminders.path("paused").asBoolean()).isFalse();
        assertThat(reminders.path("pausedUntil").isNull()).isTrue();
        assertThat(reminders.path("days").toString()).isEqualTo("[\"MON\",\"WED\"]");
        assertThat(reminders.path("quietHours").toString()).isEqualTo("{\"start\":\"22:00\",\"end\":\"07:00\"}");
        assertThat(reminders.path("times").toString()).isEqualTo(
                "[{\"kind\":\"ACTIVITY_REMINDER\",\"time\":\"09:30\"},{\"kind\":\"MOOD_REMINDER\",\"time\":\"19:00\"}]");
        assertThat(reply.body()).doesNotContain("Agreed at onboarding").doesNotContain("\"id\"");
        assertThat(audits()).isEqualTo(audits + 1);

        LocalDate until = LocalDate.now().plusDays(5);
        asNavigator(() -> schedules.change(agreed, version + 1, new ScheduleDraft(List.of(),
                EnumSet.noneOf(DayOfWeek.class), null, true, until, "On holiday", "Patient away")));
        JsonNode paused = JsonMapper.builder().build().readTree(get("/api/v1/patients/pl-1/plan", TOKEN_PLANS_ONLY, null)
                .body());
        assertThat(paused.path("version").asInt()).isEqualTo(version + 2);
        assertThat(paused.path("reminders").path("paused").asBoolean()).isTrue();
        assertThat(paused.path("reminders").path("pausedUntil").asString()).isEqualTo(until.toString());
        assertThat(paused.path("reminders").path("quietHours").isNull()).isTrue();
    }

    @Test
    void aPatientWithoutAScheduleIsVersionZeroWithNoTimes() {
        HttpResponse<String> reply = get("/api/v1/patients/pl-0/plan", TOKEN_PLANS_ONLY, null);
        assertThat(reply.statusCode()).isEqualTo(200);
        JsonNode plan = JsonMapper.builder().build().readTree(reply.body());
        assertThat(plan.path("version").asInt()).isZero();
        assertThat(plan.path("changedAt").isNull()).isTrue();
        assertThat(plan.path("reminders").path("times").size()).isZero();
        assertThat(plan.path("reminders").path("days").size()).isZero();
    }

    @Test
    void theVersionIsTheETagSoAnUnchangedPlanIs304() {
        HttpResponse<String> first = get("/api/v1/patients/pl-0/plan", Fixtures.TOKEN_OUTCOMES_ONLY, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get("/api/v1/patients/pl-0/plan", Fixtures.TOKEN_OUTCOMES_ONLY, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/api/v1/patients/pl-0/plan", Fixtures.TOKEN_OUTCOMES_ONLY, "\"plan-v99\"").statusCode())
                .isEqualTo(200);
    }

    @Test
    void unknownPatients404AndNoToken401AndAnotherScope403AsProblems() {
        HttpResponse<String> unknown = get("/api/v1/patients/PL-1/plan", TOKEN_PLANS_ONLY, null);
        assertThat(unknown.statusCode()).as("programme ids are exact, case included").isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> none = get("/api/v1/patients/pl-1/plan", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> forbidden = get("/api/v1/patients/pl-1/plan", TOKEN_EVENTS_ONLY, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(get("/api/v1/patients/pl-1/plan", Fixtures.TOKEN_REVOKED, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/patients/pl-1/outcome", TOKEN_PLANS_ONLY, null).statusCode())
                .as("plans:read does not read outcomes").isEqualTo(403);
    }

    private <T> T asNavigator(java.util.function.Supplier<T> call) {
        return new SignedIn(context).as(Fixtures.NAVIGATOR, call);
    }

    private int audits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = 'PLAN_READ'"
                + " AND role = 'INTEGRATION' AND username = 'integration:t-programme'", Integer.class, agreed);
    }

    private static void integration(JdbcTemplate jdbc, String name, ApiScope scope, String token) {
        // names and tokens of their own: other tests' integrations share the database (unique token hash)
        if (jdbc.queryForObject("SELECT COUNT(*) FROM integration WHERE name = ?", Integer.class, name) == 0) {
            jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by)"
                    + " VALUES (NEXTVAL(integration_seq), ?, ?, ?, ?, NOW(6), 'test')", name, scope.value(),
                    ApiTokens.hash(token), ApiTokens.hint(token));
        }
    }

    private HttpResponse<String> get(String path, String token, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
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
