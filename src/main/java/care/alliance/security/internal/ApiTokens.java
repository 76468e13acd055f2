package care.alliance.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.security.ApiClient;
import care.alliance.security.ApiScope;

/** Issues tokens (random, shown once) and recognises them by hash. */
@Component
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    ApiTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** 32 random bytes, URL-safe: what an administrator copies once into the other system. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "alli_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first characters, so people can tell tokens apart without seeing them. */
    public static String hint(String token) {
        return token.substring(0, Math.min(9, token.length())) + "…";
    }

    public static String scopesColumn(Set<ApiScope> scopes) {
        return scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
    }

    static Set<ApiScope> parseScopes(String column) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(column.split(" ")).map(ApiScope::fromValue).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }

    Optional<ApiClient> authenticate(String token) {
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return jdbc.query("SELECT id, name, scopes FROM integration WHERE token_hash = ? AND revoked_at IS NULL",
                (rs, i) -> new ApiClient(rs.getLong("id"), rs.getString("name"), parseScopes(rs.getString("scopes"))),
                hash(token)).stream().findFirst();
    }
}
