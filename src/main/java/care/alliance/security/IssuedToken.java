package care.alliance.security;

/** A freshly issued token: the only moment its clear text exists outside the other system. */
public record IssuedToken(long integrationId, String integrationName, String token) {
}
