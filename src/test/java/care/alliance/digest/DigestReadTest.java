package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.SignedIn;
import care.alliance.caseload.PatientPage;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.patients.api.ApiCalls;

@AllianceTest
class DigestReadTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestBuilds builds;
    @Autowired
    Digests digests;
    @Autowired
    ApplicationContext context;
    @Autowired
    PatientPage page;

    @Test
    @DisplayName("H13_ API: 200 with exactly the stored JSON, audited as the integration; 404 problem+json when none")
    void H13_api() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        HttpResponse<String> none = get("/api/v1/appointments/" + patient.appointment + "/digest", Fixtures.TOKEN_ALL);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/v1/appointments/no-such-apt/digest", Fixtures.TOKEN_ALL).statusCode()).isEqualTo(404);

        StoredDigest stored = builds.build(patient.appointmentId).orElseThrow();
        HttpResponse<String> reply = get("/api/v1/appointments/" + patient.appointment + "/digest", Fixtures.TOKEN_ALL);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(stored.json());
        assertThat(reply.body()).contains("\"appointment\":\"" + patient.appointment + "\"", "\"version\":1",
                "\"builtAt\"", "\"since\"", "\"mood\"", "\"questionnaires\"", "\"modules\"", "\"riskFlags\"",
                "\"openIssues\"", "\"unreadMessages\"", "\"diary\"", "\"agenda\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = "
                + "'DIGEST_READ' AND role = 'INTEGRATION' AND outcome = 'ALLOWED'", Integer.class, patient.patientId))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("API: no token 401, a token without digests:read 403, both problem+json")
    void scopes() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        builds.build(patient.appointmentId);
        String path = "/api/v1/appointments/" + patient.appointment + "/digest";
        assertThat(get(path, null).statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = get(path, Fixtures.TOKEN_OUTCOMES_ONLY);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("H02_ staff read the digest of their own patient only; another PWP is refused and audited")
    void H02_crossPatient() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        StoredDigest stored = builds.build(patient.appointmentId).orElseThrow();
        assertThat(as(ApiCalls.PWP, () -> digests.latestForPatient(patient.patientId))).contains(stored);
        assertThat(as(ApiCalls.PWP, () -> digests.latestForAppointment(patient.appointmentId))).contains(stored);
        assertThatThrownBy(() -> as(Fixtures.PWP_A, () -> digests.latestForPatient(patient.patientId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Fixtures.PWP_A, () -> digests.latestForAppointment(patient.appointmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = "
                + "'DIGEST_READ' AND username = ? AND outcome = 'DENIED'", Integer.class, patient.patientId,
                Fixtures.PWP_A)).isEqualTo(2);
    }

    @Test
    @DisplayName("H06_ H13_ the patient page carries the latest stored digest under its one audited PATIENT_READ")
    void H06_patientPage() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        assertThat(as(ApiCalls.PWP, () -> page.load(patient.patientId)).digest()).isNull();
        builds.build(patient.appointmentId).orElseThrow();
        patient.post(java.util.List.of(patient.event("MOOD", patient.day(1), "score", 2)));
        StoredDigest latest = builds.build(patient.appointmentId).orElseThrow();
        long audits = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ?", Long.class,
                patient.patientId);
        ShownDigest shown = as(ApiCalls.PWP, () -> page.load(patient.patientId)).digest();
        assertThat(shown.digest()).isEqualTo(latest).extracting(StoredDigest::version).isEqualTo(2);
        assertThat(shown.stale()).as("built after the mood rating arrived").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ?", Long.class,
                patient.patientId)).isEqualTo(audits + 1);
    }

    @Test
    @DisplayName("H02_ a digest stored with another patient's id than its appointment's is refused on every read")
    void H02_digestBelongsToItsPatient() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        // a patient of this test's own: the row can never be deleted, so no fixture patient may carry it
        long other = new DigestScenario(port, jdbc).patientId;
        LocalDateTime now = LocalDateTime.now();
        jdbc.update("INSERT INTO digest (appointment_id, patient_id, version, built_at, since_at, until_at, "
                + "input_fingerprint, content) VALUES (?, ?, 1, ?, ?, ?, REPEAT('0', 64), '{}')",
                patient.appointmentId, other, now, now, now);
        assertThatThrownBy(() -> as(ApiCalls.PWP, () -> digests.latestForAppointment(patient.appointmentId)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("H02");
        assertThatThrownBy(() -> as(ApiCalls.PWP, () -> digests.latestForPatient(patient.patientId)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("H02");
        assertThat(as(ApiCalls.PWP, () -> digests.latestForPatient(other))).as("never on the wrong patient's page")
                .isEmpty();
        assertThat(get("/api/v1/appointments/" + patient.appointment + "/digest", Fixtures.TOKEN_ALL).statusCode())
                .isEqualTo(403);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }

    private HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
