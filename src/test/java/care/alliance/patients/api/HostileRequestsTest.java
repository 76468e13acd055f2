package care.alliance.patients.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.patients.api.ApiCalls.Reply;
import care.alliance.security.ApiScope;
import care.alliance.security.internal.ApiTokens;

/**
 * Hostile and malformed requests to the patient and appointment endpoints: each is refused with a clear
 * problem+json answer and leaves the patient, episode and appointment tables exactly as they were.
 */
@AllianceTest
class HostileRequestsTest {

    private static final String EVENTS_ONLY = "t-token-events-only";
    private static final String PATIENTS = "/api/v1/patients";
    private static final String APPOINTMENTS = "/api/v1/appointments";
    private static final String DISCHARGE = "/api/v1/patients/t-hostile/discharge";
    private static final String OUTCOME = "/api/v1/appointments/t-hostile-apt/outcome";
    private static final String READ = "/api/v1/patients/t-hostile/outcome";
    private static final String GOOD_PATIENT = ApiCalls.patientJson("t-hostile-new", "H. Ostile", ApiCalls.PWP,
            "2026-01-12", ApiCalls.SERVICE);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiCalls api;

    @BeforeEach
    void patientWithAnAppointment() {
        api = new ApiCalls(port, jdbc);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM patient WHERE programme_id = 't-hostile'", Integer.class) == 0) {
            api.registerPatient("t-hostile", "2026-01-12");
            api.post(APPOINTMENTS, ApiCalls.appointmentJson("t-hostile-apt", "t-hostile", "2026-02-02T10:00:00Z", 30,
                    "FACE_TO_FACE"));
            jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by) "
                    + "VALUES (NEXTVAL(integration_seq), 't-events-only', ?, ?, ?, NOW(6), 'test')",
                    ApiScope.EVENTS_WRITE.value(), ApiTokens.hash(EVENTS_ONLY), ApiTokens.hint(EVENTS_ONLY));
        }
    }

    static Stream<Arguments> hostile() {
        String token = Fixtures.TOKEN_ALL;
        String json = "application/json";
        return Stream.of(
                // who may call
                call("no token", "POST", PATIENTS, null, json, GOOD_PATIENT, 401),
                call("revoked token", "POST", PATIENTS, Fixtures.TOKEN_REVOKED, json, GOOD_PATIENT, 401),
                call("unknown token", "POST", PATIENTS, "' OR 1=1 --", json, GOOD_PATIENT, 401),
                call("wrong scope: register", "POST", PATIENTS, Fixtures.TOKEN_OUTCOMES_ONLY, json, GOOD_PATIENT, 403),
                call("wrong scope: discharge", "POST", DISCHARGE, Fixtures.TOKEN_OUTCOMES_ONLY, json,
                        "{\"on\": \"2026-03-01\"}", 403),
                call("wrong scope: book", "POST", APPOINTMENTS, EVENTS_ONLY, json,
                        ApiCalls.appointmentJson("t-h-a", "t-hostile", "2026-02-03T10:00:00Z", 30, "ASSESSMENT"), 403),
                call("wrong scope: outcome", "POST", OUTCOME, Fixtures.TOKEN_OUTCOMES_ONLY, json,
                        "{\"status\": \"ATTENDED\"}", 403),
                call("wrong scope: read", "GET", READ, EVENTS_ONLY, null, null, 403),
                call("no token: read", "GET", READ, null, null, null, 401),
                // not a JSON object of the right shape
                call("malformed JSON", "POST", PATIENTS, token, json, "{\"programmeId\": ", 400),
                call("trailing garbage", "POST", PATIENTS, token, json, GOOD_PATIENT + " {\"x\": 1}", 400),
                call("a JSON array", "POST", PATIENTS, token, json, "[" + GOOD_PATIENT + "]", 400, "body"),
                call("JSON null", "POST", PATIENTS, token, json, "null", 400),
                call("empty body", "POST", PATIENTS, token, json, "", 400),
                call("deeply nested", "POST", PATIENTS, token, json, "[".repeat(5000) + "]".repeat(5000), 400),
                call("not JSON at all", "POST", PATIENTS, token, "text/plain", GOOD_PATIENT, 415),
                call("body over 1 MiB", "POST", PATIENTS, token, json,
                        patient("t-h-big", "x".repeat(1100 * 1024), "2026-01-12"), 413),
                call("every field missing", "POST", PATIENTS, token, json, "{}", 400,
                        "programmeId", "displayName", "pwp", "referredOn", "service"),
                call("every field null", "POST", PATIENTS, token, json, "{\"programmeId\": null, \"displayName\": null,"
                        + " \"pwp\": null, \"referredOn\": null, \"service\": null}", 400,
                        "programmeId", "displayName", "pwp", "referredOn", "service"),
                // wrong types and values, field by field
                call("programmeId a number", "POST", PATIENTS, token, json, GOOD_PATIENT.replace(
                        "\"t-hostile-new\"", "1042"), 400, "programmeId"),
                call("programmeId with a slash and a space", "POST", PATIENTS, token, json,
                        patient("mb 1/2", "H. Ostile", "2026-01-12"), 400, "programmeId"),
                call("programmeId of 65 characters", "POST", PATIENTS, token, json,
                        patient("p".repeat(65), "H. Ostile", "2026-01-12"), 400, "programmeId"),
                call("displayName of 121 characters", "POST", PATIENTS, token, json,
                        patient("t-h-1", "n".repeat(121), "2026-01-12"), 400, "displayName"),
                call("displayName of 300,000 characters", "POST", PATIENTS, token, json,
                        patient("t-h-2", "n".repeat(300_000), "2026-01-12"), 400, "displayName"),
                call("displayName blank", "POST", PATIENTS, token, json, patient("t-h-3", "   ", "2026-01-12"), 400,
                        "displayName"),
                call("displayName with a NUL", "POST", PATIENTS, token, json,
                        patient("t-h-4", "A\u0000B", "2026-01-12"), 400, "displayName"),
                call("displayName with a lone surrogate", "POST", PATIENTS, token, json,
                        GOOD_PATIENT.replace("H. Ostile", "A\\ud800B"), 400, "displayName"),
                call("displayName an object", "POST", PATIENTS, token, json,
                        GOOD_PATIENT.replace("\"H. Ostile\"", "{\"first\": \"H\"}"), 400, "displayName"),
                call("referredOn 30 February", "POST", PATIENTS, token, json,
                        patient("t-h-5", "H. Ostile", "2026-02-30"), 400, "referredOn"),
                call("referredOn in another format", "POST", PATIENTS, token, json,
                        patient("t-h-6", "H. Ostile", "12/01/2026"), 400, "referredOn"),
                call("referredOn in year 1", "POST", PATIENTS, token, json,
                        patient("t-h-7", "H. Ostile", "0001-01-01"), 400, "referredOn"),
                call("referredOn a number", "POST", PATIENTS, token, json,
                        GOOD_PATIENT.replace("\"2026-01-12\"", "20260112"), 400, "referredOn"),
                call("referredOn in the future", "POST", PATIENTS, token, json,
                        patient("t-h-8", "H. Ostile", "2099-01-12"), 422, "referredOn"),
                // discharge
                call("discharge on 'tomorrow'", "POST", DISCHARGE, token, json, "{\"on\": \"tomorrow\"}", 400, "on"),
                call("discharge without a day", "POST", DISCHARGE, token, json, "{\"when\": \"2026-03-01\"}", 400,
                        "on"),
                call("discharge before referral", "POST", DISCHARGE, token, json, "{\"on\": \"2025-12-31\"}", 422,
                        "on"),
                // appointments
                call("minutes 0", "POST", APPOINTMENTS, token, json, appointment("30", "FACE_TO_FACE").replace(
                        "\"minutes\": 30", "\"minutes\": 0"), 400, "minutes"),
                call("minutes 481", "POST", APPOINTMENTS, token, json, appointment("481", "FACE_TO_FACE"), 400,
                        "minutes"),
                call("minutes 30.5", "POST", APPOINTMENTS, token, json, appointment("30.5", "FACE_TO_FACE"), 400,
                        "minutes"),
                call("minutes as text", "POST", APPOINTMENTS, token, json, appointment("\"30\"", "FACE_TO_FACE"), 400,
                        "minutes"),
                call("minutes beyond int", "POST", APPOINTMENTS, token, json,
                        appointment("99999999999999999999", "FACE_TO_FACE"), 400, "minutes"),
                call("unknown kind", "POST", APPOINTMENTS, token, json, appointment("30", "GROUP"), 400, "kind"),
                call("kind in lower case", "POST", APPOINTMENTS, token, json, appointment("30", "face_to_face"), 400,
                        "kind"),
                call("start without an offset", "POST", APPOINTMENTS, token, json,
                        appointment("30", "ASSESSMENT").replace("10:00:00Z", "10:00:00"), 400, "start"),
                call("start not a time", "POST", APPOINTMENTS, token, json,
                        appointment("30", "ASSESSMENT").replace("2026-02-03T10:00:00Z", "next Tuesday"), 400, "start"),
                call("start in nanoseconds", "POST", APPOINTMENTS, token, json,
                        appointment("30", "ASSESSMENT").replace("10:00:00Z", "10:00:00.123456789Z"), 400, "start"),
                call("several bad fields at once", "POST", APPOINTMENTS, token, json,
                        "{\"id\": \"\", \"patient\": 7, \"start\": \"\", \"minutes\": -1, \"kind\": null}", 400,
                        "id", "patient", "start", "minutes", "kind"),
                call("unknown patient", "POST", APPOINTMENTS, token, json,
                        ApiCalls.appointmentJson("t-h-a", "t-nobody", "2026-02-03T10:00:00Z", 30, "ASSESSMENT"), 422,
                        "patient"),
                // outcomes
                call("outcome BOOKED", "POST", OUTCOME, token, json, "{\"status\": \"BOOKED\"}", 400, "status"),
                call("outcome in lower case", "POST", OUTCOME, token, json, "{\"status\": \"attended\"}", 400,
                        "status"),
                call("outcome a number", "POST", OUTCOME, token, json, "{\"status\": 1}", 400, "status"),
                call("outcome missing", "POST", OUTCOME, token, json, "{}", 400, "status"),
                call("outcome of an unknown appointment", "POST", "/api/v1/appointments/t-nope/outcome", token, json,
                        "{\"status\": \"ATTENDED\"}", 404));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void isRefusedAndChangesNothing(String name, String method, String path, String token, String contentType,
            String body, int status, List<String> fields) {
        List<Map<String, Object>> before = fingerprint();

        Reply reply = api.send(method, path, token, contentType, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(status);
        assertThat(reply.json().path("title").asString()).isNotBlank();
        assertThat(reply.json().path("detail").asString()).isNotBlank().doesNotContain("Exception", "SQL");
        if (!fields.isEmpty()) {
            assertThat(reply.errorFields()).containsExactlyElementsOf(fields);
        }
        assertThat(reply.raw().headers().allValues("Set-Cookie")).isEmpty();
        assertThat(fingerprint()).as("patient, episode and appointment tables unchanged").isEqualTo(before);
    }

    @Test
    @DisplayName("SQL and HTML in a display name are stored and returned verbatim, as data")
    void displayNamesAreData() {
        for (String name : List.of("Robert'); DROP TABLE patient;--", "<script>alert('x')</script> & <b>Bo</b>",
                "Zoë Łukasz 李小龍 😀", "\"quoted\" \\ back\\slash")) {
            String id = "t-verbatim-" + Math.abs(name.hashCode());
            Reply reply = api.post(PATIENTS, patient(id, name, "2026-01-12"));
            assertThat(reply.status()).as(name).isEqualTo(201);
            assertThat(reply.json().path("displayName").asString()).isEqualTo(name);
            assertThat(jdbc.queryForObject("SELECT display_name FROM patient WHERE programme_id = ?", String.class, id))
                    .isEqualTo(name);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patient", Integer.class)).isPositive();
    }

    private static String patient(String programmeId, String displayName, String referredOn) {
        return ApiCalls.patientJson(programmeId, displayName, ApiCalls.PWP, referredOn, ApiCalls.SERVICE);
    }

    private static String appointment(String minutes, String kind) {
        return """
                {"id": "t-h-apt", "patient": "t-hostile", "start": "2026-02-03T10:00:00Z",
                 "minutes": %s, "kind": "%s"}""".formatted(minutes, kind);
    }

    private static Arguments call(String name, String method, String path, String token, String contentType,
            String body, int status, String... fields) {
        return Arguments.of(name, method, path, token, contentType, body, status, List.of(fields));
    }

    private List<Map<String, Object>> fingerprint() {
        return jdbc.queryForList("CHECKSUM TABLE patient, episode, appointment");
    }
}
