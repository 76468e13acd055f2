package care.alliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import java.util.EnumSet;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import care.alliance.caseload.EpisodeStateProjector;
import care.alliance.security.ApiScope;
import care.alliance.security.internal.ApiTokens;

/**
 * A tiny known service for context tests: two PWPs with one patient each, a navigator, a manager,
 * an administrator, and a second service the manager must not see. Names start with "t." so they
 * never meet demo data. Rows go in with JDBC; the episodes' stored state is then computed by the
 * product's own projector, so the test data are as production would hold them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Fixtures {

    public static final String PASSWORD = "test-password-1";
    public static final String PWP_A = "t.pwp.a";
    public static final String PWP_B = "t.pwp.b";
    public static final String NAVIGATOR = "t.nav";
    public static final String MANAGER = "t.manager";
    public static final String ADMIN = "t.admin";
    public static final String PATIENT_OF_A = "t-mb-a1";
    public static final String PATIENT_OF_B = "t-mb-b1";
    public static final String PATIENT_ELSEWHERE = "t-mb-s1";
    /** API tokens: one with every scope, one that may only read outcomes, one revoked. */
    public static final String TOKEN_ALL = "t-token-all-scopes";
    public static final String TOKEN_OUTCOMES_ONLY = "t-token-outcomes-only";
    public static final String TOKEN_REVOKED = "t-token-revoked";
    /** A PWP with a larger caseload (six patients). */
    public static final String PWP_C = "t.pwp.c";
    public static final int PWP_C_PATIENTS = 6;

    /** Static: a BeanPostProcessor must exist before the DataSource it wraps. */
    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    ApplicationRunner loadFixtures(JdbcTemplate jdbc, PasswordEncoder encoder, EpisodeStateProjector episodeStates) {
        return args -> {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM service WHERE code = 't-north'", Integer.class) > 0) {
                return;
            }
            String hash = encoder.encode(PASSWORD);
            long north = insertService(jdbc, "t-north");
            long south = insertService(jdbc, "t-south");
            long a = insertUser(jdbc, PWP_A, "Alex Test", "PWP", north, hash);
            long b = insertUser(jdbc, PWP_B, "Bea Test", "PWP", north, hash);
            long s = insertUser(jdbc, "t.pwp.south", "Sam Test", "PWP", south, hash);
            insertUser(jdbc, NAVIGATOR, "Nadia Test", "NAVIGATOR", north, hash);
            insertUser(jdbc, MANAGER, "Morgan Test", "MANAGER", north, hash);
            insertUser(jdbc, ADMIN, "Ada Test", "ADMIN", null, hash);
            insertPatient(jdbc, PATIENT_OF_A, "A. Fixture", north, a);
            insertPatient(jdbc, PATIENT_OF_B, "B. Fixture", north, b);
            insertPatient(jdbc, PATIENT_ELSEWHERE, "S. Fixture", south, s);
            insertIntegration(jdbc, "t-programme", ApiTokens.scopesColumn(EnumSet.allOf(ApiScope.class)), TOKEN_ALL, false);
            insertIntegration(jdbc, "t-reader", ApiScope.OUTCOMES_READ.value(), TOKEN_OUTCOMES_ONLY, false);
            insertIntegration(jdbc, "t-revoked", ApiTokens.scopesColumn(EnumSet.allOf(ApiScope.class)), TOKEN_REVOKED, true);
            long c = insertUser(jdbc, PWP_C, "Cass Test", "PWP", north, hash);
            for (int i = 1; i <= PWP_C_PATIENTS; i++) {
                insertPatient(jdbc, "t-mb-c" + i, "C" + i + ". Fixture", north, c);
            }
            episodeStates.rebuildAll();
        };
    }

    public static long patientId(JdbcTemplate jdbc, String programmeId) {
        return jdbc.queryForObject("SELECT id FROM patient WHERE programme_id = ?", Long.class, programmeId);
    }

    private static long next(JdbcTemplate jdbc, String sequence) {
        return jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
    }

    private static long insertService(JdbcTemplate jdbc, String code) {
        long id = next(jdbc, "service_seq");
        jdbc.update("INSERT INTO service (id, code, name) VALUES (?, ?, ?)", id, code, code + " test service");
        return id;
    }

    private static long insertUser(JdbcTemplate jdbc, String username, String name, String role, Long service,
            String hash) {
        long id = next(jdbc, "staff_user_seq");
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, username, name, hash, role, service);
        return id;
    }

    private static void insertIntegration(JdbcTemplate jdbc, String name, String scopes, String token,
            boolean revoked) {
        jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by, revoked_at) "
                + "VALUES (?, ?, ?, ?, ?, NOW(6), 'fixture', ?)", next(jdbc, "integration_seq"), name, scopes,
                ApiTokens.hash(token), ApiTokens.hint(token), revoked ? Timestamp.from(Instant.now()) : null);
    }

    private static void insertPatient(JdbcTemplate jdbc, String programmeId, String name, long service, long pwp) {
        long id = next(jdbc, "patient_seq");
        jdbc.update("INSERT INTO patient (id, programme_id, display_name, service_id, created_at) VALUES (?, ?, ?, ?, ?)",
                id, programmeId, name, service, Timestamp.from(Instant.parse("2026-01-05T09:00:00Z")));
        jdbc.update("INSERT INTO episode (id, patient_id, pwp_id, referred_on, assessed_on) VALUES (?, ?, ?, ?, ?)",
                next(jdbc, "episode_seq"), id, pwp, Date.valueOf(LocalDate.of(2026, 1, 5)),
                Date.valueOf(LocalDate.of(2026, 1, 19)));
    }
}
