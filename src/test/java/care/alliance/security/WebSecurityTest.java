package care.alliance.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
class WebSecurityTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    @Test
    void rightPasswordSignsInAndWrongPasswordIsRefused() throws Exception {
        assertThat(new WebLogin(port).signIn(Fixtures.NAVIGATOR, "wrong-password")).endsWith("/login?error");
        assertThat(new WebLogin(port).signIn(Fixtures.NAVIGATOR, Fixtures.PASSWORD)).doesNotContain("error");
    }

    @Test
    void tenFailuresWithinAnHourLockTheAccountForFifteenMinutesEvenForTheRightPassword() throws Exception {
        String user = "t.lockme";
        createUser(user);
        WebLogin browser = new WebLogin(port);
        for (int i = 0; i < 9; i++) {
            browser.signIn(user, "wrong-" + i);
        }
        assertThat(lockedUntil(user)).as("nine failures do not lock").isNull();
        browser.signIn(user, "wrong-9");
        Instant locked = lockedUntil(user);
        assertThat(locked).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));

        assertThat(browser.signIn(user, Fixtures.PASSWORD)).endsWith("/login?error");
        assertThat(browser.get("/login?error").statusCode()).isEqualTo(200);
    }

    @Test
    void demoPasswordIsRefusedOutsideTheDemoProfile() throws Exception {
        String user = "t.demopass";
        long id = jdbc.queryForObject("SELECT NEXTVAL(staff_user_seq)", Long.class);
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role) VALUES (?, ?, ?, ?, 'ADMIN')",
                id, user, "Demo Password", encoder.encode("alliance-demo-1"));

        assertThat(new WebLogin(port).signIn(user, "alliance-demo-1")).endsWith("/login?error");
    }

    @Test
    void apiAnswersProblemJsonWithoutASession() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/patients/mb-1/outcome")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").contains("\"title\"");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void unauthenticatedStaticRequestCreatesNoSession() throws Exception {
        HttpResponse<String> response = new WebLogin(port).get("/VAADIN/");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void protectedPageRedirectsAnonymousUsersToLogin() throws Exception {
        HttpResponse<String> response = new WebLogin(port).get("/caseload");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void errorPagesShowNoTechnicalDetail() throws Exception {
        HttpResponse<String> response = new WebLogin(port).get("/api/v1/../../error");
        String body = new WebLogin(port).get("/error").body();
        assertThat(body).doesNotContain("Exception").doesNotContain("at care.alliance").doesNotContain("trace");
        assertThat(response.body()).doesNotContain("Exception");
    }

    private void createUser(String username) {
        String hash = jdbc.queryForObject("SELECT password_hash FROM staff_user WHERE username = ?", String.class,
                Fixtures.NAVIGATOR);
        long id = jdbc.queryForObject("SELECT NEXTVAL(staff_user_seq)", Long.class);
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id) "
                + "SELECT ?, ?, 'Lock Test', ?, 'NAVIGATOR', service_id FROM staff_user WHERE username = ?",
                id, username, hash, Fixtures.NAVIGATOR);
    }

    private Instant lockedUntil(String username) {
        Timestamp until = jdbc.queryForObject("SELECT locked_until FROM staff_user WHERE username = ?",
                Timestamp.class, username);
        return until == null ? null : until.toInstant();
    }
}
