package care.alliance.patients.api;

import static care.alliance.patients.api.ApiCalls.OTHER_PWP;
import static care.alliance.patients.api.ApiCalls.PWP;
import static care.alliance.patients.api.ApiCalls.SERVICE;
import static care.alliance.patients.api.ApiCalls.patientJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.patients.api.ApiCalls.Reply;

/** POST /api/v1/patients and /discharge: idempotent registration and discharge, one transaction each. */
@AllianceTest
class PatientApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    ApiCalls api;

    @BeforeEach
    void client() {
        api = new ApiCalls(port, jdbc);
    }

    @Test
    void registersThePatientWithTheirFirstEpisodeAndAuditsIt() {
        Reply reply = api.post("/api/v1/patients",
                patientJson("t-reg-1", "A. Patel", PWP, "2026-01-12", SERVICE));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode json = reply.json();
        assertThat(json.path("programmeId").asString()).isEqualTo("t-reg-1");
        assertThat(json.path("displayName").asString()).isEqualTo("A. Patel");
        assertThat(json.path("pwp").asString()).isEqualTo(PWP);
        assertThat(json.path("referredOn").asString()).isEqualTo("2026-01-12");
        assertThat(json.path("service").asString()).isEqualTo(SERVICE);
        assertThat(json.path("stage").asString()).isEqualTo("WAITING");
        assertThat(json.has("dischargedOn") && json.get("dischargedOn").isNull()).isTrue();
        long patientId = Fixtures.patientId(jdbc, "t-reg-1");
        assertThat(jdbc.queryForMap("""
                SELECT u.username, e.referred_on, e.discharged_on FROM episode e JOIN staff_user u ON u.id = e.pwp_id
                WHERE e.patient_id = ?""", patientId))
                .containsEntry("username", PWP).containsEntry("discharged_on", null)
                .hasEntrySatisfying("referred_on", d -> assertThat(d.toString()).isEqualTo("2026-01-12"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = "
                + "'PATIENT_REGISTER' AND username = 'integration:t-programme' AND role = 'INTEGRATION'",
                Integer.class, patientId)).isEqualTo(1);
    }

    @Test
    void theSameRegistrationAgainIs200AndStoresNothingNew() {
        String body = patientJson("t-reg-2", "B. Jones", OTHER_PWP, "2026-02-01", SERVICE);
        assertThat(api.post("/api/v1/patients", body).status()).isEqualTo(201);
        int episodes = count("episode");

        Reply again = api.post("/api/v1/patients", body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("pwp").asString()).isEqualTo(OTHER_PWP);
        assertThat(count("episode")).isEqualTo(episodes);
    }

    @Test
    void aPatientSeededBeforeTheApiIsRecognisedAsTheSameRegistration() {
        Reply reply = api.post("/api/v1/patients",
                patientJson(Fixtures.PATIENT_OF_A, "A. Fixture", Fixtures.PWP_A, "2026-01-05", "t-north"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("stage").asString()).isEqualTo("ASSESSED");
    }

    @Test
    void aDifferentRegistrationUnderTheSameIdIs409AndChangesNothing() {
        assertThat(api.post("/api/v1/patients",
                patientJson("t-reg-3", "C. Khan", PWP, "2026-02-01", SERVICE)).status()).isEqualTo(201);
        int patients = count("patient");
        int episodes = count("episode");

        List<String> different = List.of(
                patientJson("t-reg-3", "C. Khan-Smith", PWP, "2026-02-01", SERVICE),
                patientJson("t-reg-3", "C. Khan", OTHER_PWP, "2026-02-01", SERVICE),
                patientJson("t-reg-3", "C. Khan", PWP, "2026-02-02", SERVICE),
                patientJson("t-reg-3", "C. Khan", "t.pwp.south", "2026-02-01", "t-south"),
                patientJson("T-REG-3", "C. Khan", PWP, "2026-02-01", SERVICE));
        for (String body : different) {
            Reply reply = api.post("/api/v1/patients", body);
            assertThat(reply.status()).as(body).isEqualTo(409);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }

        assertThat(count("patient")).isEqualTo(patients);
        assertThat(count("episode")).isEqualTo(episodes);
        assertThat(jdbc.queryForObject("SELECT display_name FROM patient WHERE programme_id = 't-reg-3'", String.class))
                .isEqualTo("C. Khan");
    }

    @Test
    void unknownPwpOrServiceOrAPwpOfAnotherServiceIs422() {
        int patients = count("patient");

        assertUnprocessable(patientJson("t-reg-4", "D. Ray", "t.pwp.nobody", "2026-02-01", SERVICE), "pwp");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", PWP, "2026-02-01", "t-nowhere"), "service");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", "t.pwp.south", "2026-02-01", SERVICE), "pwp");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", Fixtures.NAVIGATOR, "2026-02-01", SERVICE), "pwp");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", "T.PWP.API", "2026-02-01", SERVICE), "pwp");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", PWP, "2026-02-01", "T-API"), "service");
        assertUnprocessable(patientJson("t-reg-4", "D. Ray", PWP, "2099-01-01", SERVICE), "referredOn");

        assertThat(count("patient")).isEqualTo(patients);
    }

    @Test
    @DisplayName("H08 the same first registration sent concurrently creates one patient: one 201, the rest 200")
    void concurrentFirstRegistrationsCreateOnePatient() throws Exception {
        String body = patientJson("t-reg-race", "E. Race", PWP, "2026-02-01", SERVICE);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(() -> api.post("/api/v1/patients", body).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).containsOnly(201, 200).filteredOn(s -> s == 201).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM episode e JOIN patient p ON p.id = e.patient_id "
                + "WHERE p.programme_id = 't-reg-race'", Integer.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("The answer is JSON whatever the Accept header: a stored write is never reported as failed")
    void answersJsonWhateverTheCallerAccepts() {
        for (String accept : List.of("text/html", "application/xml")) {
            String id = "t-reg-accept-" + accept.replace('/', '-');
            Reply reply = api.send("POST", "/api/v1/patients", Fixtures.TOKEN_ALL, "application/json",
                    patientJson(id, "F. Accept", PWP, "2026-02-01", SERVICE), accept);

            assertThat(reply.status()).as(accept).isEqualTo(201);
            assertThat(reply.contentType()).startsWith("application/json");
            assertThat(reply.json().path("programmeId").asString()).isEqualTo(id);
        }
    }

    @Test
    void dischargeEndsTheEpisodeAndTheSameDischargeAgainIs200() {
        api.registerPatient("t-dis-1", "2026-01-12");

        Reply reply = api.post("/api/v1/patients/t-dis-1/discharge", "{\"on\": \"2026-04-20\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("dischargedOn").asString()).isEqualTo("2026-04-20");
        assertThat(reply.json().path("stage").asString()).isEqualTo("DROPPED_OUT");
        assertThat(api.post("/api/v1/patients/t-dis-1/discharge", "{\"on\": \"2026-04-20\"}").status()).isEqualTo(200);
        Reply moved = api.post("/api/v1/patients/t-dis-1/discharge", "{\"on\": \"2026-04-21\"}");
        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().path("detail").asString()).contains("already discharged on 2026-04-20");
        assertThat(dischargedOn("t-dis-1")).isEqualTo("2026-04-20");
    }

    @Test
    void dischargeOfAnUnknownPatientIs404() {
        Reply reply = api.post("/api/v1/patients/t-nobody/discharge", "{\"on\": \"2026-04-20\"}");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void dischargeBeforeReferralInTheFutureOrBeforeAnAttendedSessionIs422AndChangesNothing() {
        api.registerPatient("t-dis-2", "2026-01-12");
        api.attended("t-dis-2-apt", "t-dis-2", "2026-02-10T10:00:00Z", "FACE_TO_FACE");

        assertDischargeRefused("t-dis-2", "2026-01-11", 422, "must not be before the referral date 2026-01-12");
        assertDischargeRefused("t-dis-2", "2099-01-01", 422, "must not be in the future");
        assertDischargeRefused("t-dis-2", "2026-02-09", 422, "attended appointment on 2026-02-10");
        assertDischargeRefused("t-dis-2", null, 400, "on: is required");
        assertThat(dischargedOn("t-dis-2")).isNull();

        assertThat(api.post("/api/v1/patients/t-dis-2/discharge", "{\"on\": \"2026-02-10\"}").status())
                .isEqualTo(200);
    }

    private void assertDischargeRefused(String patient, String on, int status, String detail) {
        Reply reply = api.post("/api/v1/patients/" + patient + "/discharge",
                on == null ? "{}" : "{\"on\": \"" + on + "\"}");
        assertThat(reply.status()).as(on).isEqualTo(status);
        assertThat(reply.json().path("detail").asString()).contains(detail);
        assertThat(reply.errorFields()).containsExactly("on");
    }

    private void assertUnprocessable(String body, String field) {
        Reply reply = api.post("/api/v1/patients", body);
        assertThat(reply.status()).as(body).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.errorFields()).containsExactly(field);
    }

    private String dischargedOn(String programmeId) {
        return jdbc.queryForObject("SELECT CAST(e.discharged_on AS CHAR) FROM episode e JOIN patient p "
                + "ON p.id = e.patient_id WHERE p.programme_id = ?", String.class, programmeId);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }
}
