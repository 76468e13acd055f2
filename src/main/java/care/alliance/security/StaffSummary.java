package care.alliance.security;

import java.time.Instant;

public record StaffSummary(long id, String username, String displayName, Role role, Long serviceId,
        boolean enabled, Instant lockedUntil) {
}
