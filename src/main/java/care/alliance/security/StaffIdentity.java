package care.alliance.security;

/** Who is signed in: what other modules need to scope their queries (H02). */
public record StaffIdentity(long id, String username, String displayName, Role role, Long serviceId) {
}
