package care.alliance.security.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.security.ApiScope;
import care.alliance.security.IntegrationSummary;
import care.alliance.security.IssuedToken;

/** Rows of `integration`. Clear-text tokens pass through here on their way out and are never stored. */
@Component
public class IntegrationStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IntegrationStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<IntegrationSummary> all() {
        return jdbc.query("SELECT * FROM integration ORDER BY revoked_at IS NOT NULL, name", IntegrationStore::summary);
    }

    public boolean nameTaken(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM integration WHERE name = ?", Integer.class, name) > 0;
    }

    public IssuedToken create(String name, Set<ApiScope> scopes, String createdBy) {
        long id = jdbc.queryForObject("SELECT NEXTVAL(integration_seq)", Long.class);
        String token = ApiTokens.newToken();
        jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", id, name, ApiTokens.scopesColumn(scopes), ApiTokens.hash(token),
                ApiTokens.hint(token), now(), createdBy);
        return new IssuedToken(id, name, token);
    }

    public Optional<IssuedToken> rotate(long id) {
        String token = ApiTokens.newToken();
        int changed = jdbc.update("UPDATE integration SET token_hash = ?, token_hint = ?, rotated_at = ? "
                + "WHERE id = ? AND revoked_at IS NULL", ApiTokens.hash(token), ApiTokens.hint(token), now(), id);
        return changed == 0 ? Optional.empty() : Optional.of(new IssuedToken(id, name(id), token));
    }

    public Optional<String> revoke(long id, String by) {
        int changed = jdbc.update("UPDATE integration SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                now(), by, id);
        return changed == 0 ? Optional.empty() : Optional.of(name(id));
    }

    private String name(long id) {
        return jdbc.queryForObject("SELECT name FROM integration WHERE id = ?", String.class, id);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static IntegrationSummary summary(ResultSet rs, int row) throws SQLException {
        return new IntegrationSummary(rs.getLong("id"), rs.getString("name"), ApiTokens.parseScopes(rs.getString("scopes")),
                rs.getString("token_hint"), instant(rs, "created_at"), rs.getString("created_by"),
                instant(rs, "rotated_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
