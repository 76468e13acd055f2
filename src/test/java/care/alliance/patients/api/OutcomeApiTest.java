package care.alliance.patients.api;

import static care.alliance.patients.api.ApiCalls.insertScore;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.patients.api.ApiCalls.Reply;

/** GET /api/v1/patients/{id}/outcome: clinical.md §2 through OutcomeRules, exactly the JSON of api.md. */
@AllianceTest
class OutcomeApiTest {

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
    @DisplayName("H04 the api.md example: PHQ-9 16 to 9, GAD-7 9 to 6, three sessions is ON_TRACK and recovered")
    void apiMdExampleTrajectory() {
        api.registerPatient("t-out-1", "2026-01-12");
        api.attended("t-out-1-as", "t-out-1", "2026-01-19T10:00:00Z", "ASSESSMENT");
        api.attended("t-out-1-s1", "t-out-1", "2026-02-02T10:00:00Z", "FACE_TO_FACE");
        api.attended("t-out-1-s2", "t-out-1", "2026-02-09T10:00:00Z", "ONLINE_REVIEW");
        api.attended("t-out-1-s3", "t-out-1", "2026-02-16T10:00:00Z", "FACE_TO_FACE");
        insertScore(jdbc, "t-out-1-q1", "t-out-1", "PHQ9", "2026-01-19T09:00:00Z", 16);
        insertScore(jdbc, "t-out-1-q2", "t-out-1", "GAD7", "2026-01-19T09:05:00Z", 9);
        insertScore(jdbc, "t-out-1-q3", "t-out-1", "PHQ9", "2026-02-16T09:00:00Z", 9);
        insertScore(jdbc, "t-out-1-q4", "t-out-1", "GAD7", "2026-02-16T09:05:00Z", 6);

        Reply reply = api.get("/api/v1/patients/t-out-1/outcome");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode expected = ApiCalls.JSON.readTree("""
                {"programmeId": "t-out-1", "finishedCourse": false, "treatmentSessions": 3,
                 "phq9": {"first": 16, "latest": 9, "change": -7, "severity": "MILD"},
                 "gad7": {"first": 9, "latest": 6, "change": -3, "severity": "MILD"},
                 "caseness": {"atStart": true, "latest": false},
                 "reliableImprovement": true, "reliableDeterioration": false,
                 "recovery": true, "reliableRecovery": true,
                 "status": "ON_TRACK", "riskFlag": {"open": false}}""");
        assertThat(contractFields(reply.json())).isEqualTo(expected);
        assertThat(reply.json().path("final").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("H04 one score: change-based fields are null, never guessed, and the status says so")
    void oneScoreLeavesEveryChangeUnknown() {
        api.registerPatient("t-out-2", "2026-01-12");
        insertScore(jdbc, "t-out-2-q1", "t-out-2", "PHQ9", "2026-01-19T09:00:00Z", 12);

        JsonNode json = api.get("/api/v1/patients/t-out-2/outcome").json();

        assertThat(json.path("phq9")).isEqualTo(ApiCalls.JSON.readTree(
                "{\"first\": 12, \"latest\": 12, \"change\": null, \"severity\": \"MODERATE\"}"));
        assertThat(json.get("gad7").isNull()).isTrue();
        assertThat(json.path("caseness")).isEqualTo(ApiCalls.JSON.readTree("{\"atStart\": true, \"latest\": true}"));
        for (String field : new String[] {"reliableImprovement", "reliableDeterioration", "recovery",
                "reliableRecovery"}) {
            assertThat(json.has(field) && json.get(field).isNull()).as(field + " is present and null").isTrue();
        }
        assertThat(json.path("status").asString()).isEqualTo("INSUFFICIENT_DATA");
        assertThat(json.path("treatmentSessions").asInt()).isZero();
    }

    @Test
    void noScoresAtAll() {
        api.registerPatient("t-out-3", "2026-01-12");

        JsonNode json = api.get("/api/v1/patients/t-out-3/outcome").json();

        assertThat(json.get("phq9").isNull()).isTrue();
        assertThat(json.get("gad7").isNull()).isTrue();
        assertThat(json.path("caseness").path("atStart").isNull()).isTrue();
        assertThat(json.path("status").asString()).isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    @DisplayName("H05 scores stored out of order give the same outcome as scores stored in order")
    void outOfOrderStorageEqualsInOrder() {
        api.registerPatient("t-out-4a", "2026-01-12");
        api.registerPatient("t-out-4b", "2026-01-12");
        String[][] scores = {
            {"PHQ9", "2026-01-19T09:00:00Z", "18"}, {"GAD7", "2026-01-19T09:05:00Z", "14"},
            {"PHQ9", "2026-02-02T09:00:00Z", "15"}, {"GAD7", "2026-02-02T09:05:00Z", "11"},
            {"PHQ9", "2026-02-16T09:00:00Z", "11"}, {"GAD7", "2026-02-16T09:05:00Z", "7"}};
        for (int i = 0; i < scores.length; i++) {
            insertScore(jdbc, "t-out-4a-" + i, "t-out-4a", scores[i][0], scores[i][1], Integer.parseInt(scores[i][2]));
        }
        for (int i = scores.length - 1; i >= 0; i--) {
            insertScore(jdbc, "t-out-4b-" + i, "t-out-4b", scores[i][0], scores[i][1], Integer.parseInt(scores[i][2]));
        }

        ObjectNode inOrder = (ObjectNode) api.get("/api/v1/patients/t-out-4a/outcome").json();
        ObjectNode outOfOrder = (ObjectNode) api.get("/api/v1/patients/t-out-4b/outcome").json();

        assertThat(inOrder.path("phq9").path("first").asInt()).isEqualTo(18);
        assertThat(inOrder.path("phq9").path("latest").asInt()).isEqualTo(11);
        assertThat(inOrder.path("gad7").path("change").asInt()).isEqualTo(-7);
        inOrder.remove("programmeId");
        outOfOrder.remove("programmeId");
        assertThat(outOfOrder).isEqualTo(inOrder);
    }

    @Test
    @DisplayName("H04 a discharged finished course counts only the scores inside the episode and is final")
    void dischargedFinishedCourse() {
        api.registerPatient("t-out-5", "2026-01-12");
        api.attended("t-out-5-s1", "t-out-5", "2026-02-02T10:00:00Z", "FACE_TO_FACE");
        api.attended("t-out-5-s2", "t-out-5", "2026-02-09T10:00:00Z", "ONLINE_REVIEW");
        // before the referral day (London): not this episode's
        insertScore(jdbc, "t-out-5-q0", "t-out-5", "PHQ9", "2026-01-11T23:59:59Z", 24);
        insertScore(jdbc, "t-out-5-q1", "t-out-5", "PHQ9", "2026-01-12T00:00:00Z", 14);
        insertScore(jdbc, "t-out-5-q2", "t-out-5", "PHQ9", "2026-02-09T23:59:00Z", 13);
        // after the end of the discharge day (London): not this episode's
        insertScore(jdbc, "t-out-5-q3", "t-out-5", "PHQ9", "2026-02-10T00:00:00Z", 2);
        assertThat(api.post("/api/v1/patients/t-out-5/discharge", "{\"on\": \"2026-02-09\"}").status())
                .isEqualTo(200);

        JsonNode json = api.get("/api/v1/patients/t-out-5/outcome").json();

        assertThat(json.path("finishedCourse").asBoolean()).isTrue();
        assertThat(json.path("final").asBoolean()).isTrue();
        assertThat(json.path("treatmentSessions").asInt()).isEqualTo(2);
        assertThat(json.path("phq9")).isEqualTo(ApiCalls.JSON.readTree(
                "{\"first\": 14, \"latest\": 13, \"change\": -1, \"severity\": \"MODERATE\"}"));
        assertThat(json.path("status").asString()).isEqualTo("NO_RELIABLE_CHANGE");
        assertThat(json.path("recovery").asBoolean(true)).isFalse();
        assertThat(json.path("reliableImprovement").asBoolean(true)).isFalse();
        assertThat(json.path("episode").path("dischargedOn").asString()).isEqualTo("2026-02-09");
    }

    @Test
    @DisplayName("H07 the episode's window is London days: a score at 23:30 UTC in summer is the next day")
    void scoreWindowUsesLondonDays() {
        api.registerPatient("t-out-6", "2026-06-10");
        // 2026-06-09T23:30Z is 00:30 on 10 June in London (BST): inside the episode
        insertScore(jdbc, "t-out-6-q1", "t-out-6", "GAD7", "2026-06-09T23:30:00Z", 15);
        insertScore(jdbc, "t-out-6-q0", "t-out-6", "GAD7", "2026-06-09T22:59:00Z", 21);

        JsonNode json = api.get("/api/v1/patients/t-out-6/outcome").json();

        assertThat(json.path("gad7").path("first").asInt()).isEqualTo(15);
        assertThat(json.path("gad7").path("severity").asString()).isEqualTo("SEVERE");
    }

    @Test
    @DisplayName("H01 the outcome tells whether a risk flag is open; a reviewed flag is not open")
    void riskFlagOpenOrNot() {
        api.registerPatient("t-out-7", "2026-01-12");
        long patientId = Fixtures.patientId(jdbc, "t-out-7");
        long reviewer = jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, Fixtures.PWP_A);
        jdbc.update("INSERT INTO risk_flag (id, patient_id, raised_at, reason, status, reviewed_by, reviewed_at, "
                + "review_note) VALUES (NEXTVAL(risk_flag_seq), ?, NOW(6), 'PHQ-9 item 9', 'REVIEWED', ?, NOW(6), "
                + "'spoke to patient')", patientId, reviewer);
        assertThat(api.get("/api/v1/patients/t-out-7/outcome").json().path("riskFlag").path("open").asBoolean())
                .isFalse();

        jdbc.update("INSERT INTO risk_flag (id, patient_id, raised_at, reason, status) "
                + "VALUES (NEXTVAL(risk_flag_seq), ?, NOW(6), 'PHQ-9 item 9', 'OPEN')", patientId);

        assertThat(api.get("/api/v1/patients/t-out-7/outcome").json().path("riskFlag"))
                .isEqualTo(ApiCalls.JSON.readTree("{\"open\": true}"));
    }

    @Test
    @DisplayName("H13 every outcome read by the API is audited under the integration's name")
    void readIsAudited() {
        api.registerPatient("t-out-8", "2026-01-12");
        long patientId = Fixtures.patientId(jdbc, "t-out-8");

        api.get("/api/v1/patients/t-out-8/outcome");
        api.send("GET", "/api/v1/patients/t-out-8/outcome", Fixtures.TOKEN_OUTCOMES_ONLY, null, null);

        assertThat(jdbc.queryForList("SELECT username FROM audit_event WHERE patient_id = ? AND action = "
                + "'OUTCOME_READ' AND role = 'INTEGRATION' AND outcome = 'ALLOWED' ORDER BY id", String.class,
                patientId))
                .containsExactly("integration:t-programme", "integration:t-reader");
    }

    @Test
    void unknownPatientIs404() {
        Reply reply = api.get("/api/v1/patients/t-nobody/outcome");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/patients/T-MB-A1/outcome").status()).as("ids are exact").isEqualTo(404);
    }

    /** The fields api.md names; extra fields ("final", "episode") are allowed and checked separately. */
    private static JsonNode contractFields(JsonNode json) {
        ObjectNode contract = ApiCalls.JSON.createObjectNode();
        for (String field : new String[] {"programmeId", "finishedCourse", "treatmentSessions", "phq9", "gad7",
                "caseness", "reliableImprovement", "reliableDeterioration", "recovery", "reliableRecovery", "status",
                "riskFlag"}) {
            assertThat(json.has(field)).as(field).isTrue();
            contract.set(field, json.get(field));
        }
        return contract;
    }
}
