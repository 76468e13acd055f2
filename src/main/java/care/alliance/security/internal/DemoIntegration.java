package care.alliance.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.security.ApiScope;

/**
 * Demo profile only: the integration `demo-programme` with every scope and the documented token
 * `demo-programme-token` (api.md). Ensured at each start, so a reseed or an older database has it too.
 */
@Component
@Profile("demo")
class DemoIntegration implements ApplicationRunner {

    static final String NAME = "demo-programme";
    static final String TOKEN = "demo-programme-token";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoIntegration(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String scopes = ApiTokens.scopesColumn(EnumSet.allOf(ApiScope.class));
        int updated = jdbc.update("UPDATE integration SET scopes = ?, token_hash = ?, revoked_at = NULL, revoked_by = NULL "
                + "WHERE name = ?", scopes, ApiTokens.hash(TOKEN), NAME);
        if (updated == 0) {
            long id = jdbc.queryForObject("SELECT NEXTVAL(integration_seq)", Long.class);
            jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'demo')", id, NAME, scopes, ApiTokens.hash(TOKEN),
                    ApiTokens.hint(TOKEN), Timestamp.from(clock.instant()));
        }
    }
}
