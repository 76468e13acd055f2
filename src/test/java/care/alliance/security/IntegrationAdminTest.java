package care.alliance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
class IntegrationAdminTest {

    @Autowired
    IntegrationAdmin admin;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void createdTokenWorksOnceIssuedAndOnlyItsHashIsStored() throws Exception {
        IssuedToken issued = admin.create("probe-create", Set.of(ApiScope.OUTCOMES_READ));

        assertThat(status(issued.token(), "/api/v1/no-such-endpoint")).isEqualTo(404);
        assertThat(status(issued.token(), "/api/v1/events")).as("scope not granted").isEqualTo(403);
        String stored = jdbc.queryForObject("SELECT CONCAT(token_hash, token_hint, scopes) FROM integration WHERE name = 'probe-create'",
                String.class);
        assertThat(stored).doesNotContain(issued.token());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'INTEGRATION_CREATED' "
                + "AND detail LIKE 'probe-create%' AND username = ?", Integer.class, Fixtures.ADMIN)).isEqualTo(1);
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void rotationStopsTheOldTokenAndRevocationStopsAll() throws Exception {
        IssuedToken first = admin.create("probe-rotate", EnumSet.allOf(ApiScope.class));
        IssuedToken second = admin.rotate(first.integrationId());

        assertThat(status(first.token(), "/api/v1/no-such-endpoint")).isEqualTo(401);
        assertThat(status(second.token(), "/api/v1/no-such-endpoint")).isEqualTo(404);

        admin.revoke(first.integrationId());
        assertThat(status(second.token(), "/api/v1/no-such-endpoint")).isEqualTo(401);
        assertThatThrownBy(() -> admin.revoke(first.integrationId())).hasMessageContaining("already revoked");
        assertThatThrownBy(() -> admin.rotate(first.integrationId())).hasMessageContaining("active");
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void badRequestsAreRefusedWithAReasonAndStoreNothing() {
        int before = count();
        assertThatThrownBy(() -> admin.create("Bad Name!", Set.of(ApiScope.EVENTS_WRITE))).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> admin.create("ab", Set.of(ApiScope.EVENTS_WRITE))).hasMessageContaining("3 to 60");
        assertThatThrownBy(() -> admin.create("x".repeat(61), Set.of(ApiScope.EVENTS_WRITE))).hasMessageContaining("3 to 60");
        assertThatThrownBy(() -> admin.create("no-scopes", Set.of())).hasMessageContaining("at least one scope");
        assertThatThrownBy(() -> admin.create("t-programme", Set.of(ApiScope.EVENTS_WRITE))).hasMessageContaining("already exists");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAdministratorsManageIntegrations() {
        assertThatThrownBy(() -> admin.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> admin.create("pwp-made", Set.of(ApiScope.EVENTS_WRITE)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM integration", Integer.class);
    }

    private int status(String token, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
