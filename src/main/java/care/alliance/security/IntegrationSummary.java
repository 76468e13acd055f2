package care.alliance.security;

import java.time.Instant;
import java.util.Set;

public record IntegrationSummary(long id, String name, Set<ApiScope> scopes, String tokenHint, Instant createdAt,
        String createdBy, Instant rotatedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
