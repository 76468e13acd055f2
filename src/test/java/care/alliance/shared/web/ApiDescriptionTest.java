package care.alliance.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.AllianceTest;

/** The served OpenAPI description lists every /api/v1 endpoint the application answers, and nothing else. */
@AllianceTest
class ApiDescriptionTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void describesEveryImplementedApiEndpoint() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).as("served without a token").isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("no session for the description").isEmpty();
        JsonNode spec = JsonMapper.builder().build().readTree(response.body());
        Set<String> described = new TreeSet<>();
        spec.path("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> described.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(implemented()).isNotEmpty().allSatisfy(endpoint -> assertThat(described).contains(endpoint));
        assertThat(described).as("API paths only: no UI, no catch-all")
                .allSatisfy(endpoint -> assertThat(endpoint).matches("[A-Z]+ /api/v1/[^*]+"));
        assertThat(described).contains("POST /api/v1/patients", "POST /api/v1/patients/{programmeId}/discharge",
                "GET /api/v1/patients/{programmeId}/outcome", "POST /api/v1/appointments",
                "POST /api/v1/appointments/{id}/outcome", "POST /api/v1/jobs/digests", "GET /api/v1/issues",
                "POST /api/v1/jobs/detection");
        assertThat(spec.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void requestBodiesAreDescribedByTheirRealFields() throws Exception {
        JsonNode spec = JsonMapper.builder().build().readTree(get("/v3/api-docs").body());
        JsonNode schemas = spec.path("components").path("schemas");

        assertThat(schemas.path("NewPatient").path("properties").propertyNames())
                .containsExactlyInAnyOrder("programmeId", "displayName", "pwp", "referredOn", "service");
        assertThat(schemas.path("NewAppointment").path("properties").propertyNames())
                .containsExactlyInAnyOrder("id", "patient", "start", "minutes", "kind");
        assertThat(spec.path("paths").path("/api/v1/patients").path("post").path("requestBody").toString())
                .contains("#/components/schemas/NewPatient");
    }

    @Test
    void yamlIsServedToo() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs.yaml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/patients:");
    }

    /** Every method and path a controller maps under /api/v1 (the /api/** fallback is not an endpoint). */
    private Set<String> implemented() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/v1/")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + path);
                    }
                }
            }
        }
        return endpoints;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
