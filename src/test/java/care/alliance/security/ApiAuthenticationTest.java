package care.alliance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

/** The API's stateless chain: bearer tokens by hash, scopes per endpoint, problem+json, never a session. */
@AllianceTest
class ApiAuthenticationTest {

    @LocalServerPort
    int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void missingTokenIs401() throws Exception {
        assertProblem(send("POST", "/api/v1/events", null), 401);
    }

    @Test
    void unknownTokenIs401() throws Exception {
        assertProblem(send("POST", "/api/v1/events", "not-a-token"), 401);
    }

    @Test
    void revokedTokenIs401() throws Exception {
        assertProblem(send("POST", "/api/v1/events", Fixtures.TOKEN_REVOKED), 401);
    }

    @Test
    void validTokenWithoutTheScopeIs403() throws Exception {
        assertProblem(send("POST", "/api/v1/events", Fixtures.TOKEN_OUTCOMES_ONLY), 403);
        assertProblem(send("POST", "/api/v1/patients", Fixtures.TOKEN_OUTCOMES_ONLY), 403);
        assertProblem(send("POST", "/api/v1/appointments", Fixtures.TOKEN_OUTCOMES_ONLY), 403);
        assertProblem(send("POST", "/api/v1/jobs/detection", Fixtures.TOKEN_OUTCOMES_ONLY), 403);
    }

    @Test
    void validTokenWithTheScopeGetsPastSecurityAndUnknownPathsAreProblemJson() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/patients/no-such-patient/outcome", Fixtures.TOKEN_OUTCOMES_ONLY);
        assertThat(response.statusCode()).isNotIn(401, 403);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertProblem(send("GET", "/api/v1/no-such-endpoint", Fixtures.TOKEN_ALL), 404);
    }

    @Test
    void bodyOverOneMebibyteIs413BeforeAnythingIsRead() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Fixtures.TOKEN_ALL)
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[" + " ".repeat(1024 * 1024) + "]}")).build();
        assertProblem(http.send(request, HttpResponse.BodyHandlers.ofString()), 413);
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status);
        assertThat(response.headers().allValues("Set-Cookie")).as("the API never creates a session").isEmpty();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
