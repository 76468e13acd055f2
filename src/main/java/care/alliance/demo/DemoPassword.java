package care.alliance.demo;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The one password every demo account shares, hashed once per run (BCrypt at strength 10 costs
 * ~80 ms, far too much per user at scale). The salt comes from a generator seeded with the spec's
 * seed, so the hash, like every other row, is the same for the same seed. A fixed salt is harmless
 * here: the password is published in the docs anyway.
 */
final class DemoPassword {

    static final String PASSWORD = "alliance-demo-1";
    static final int STRENGTH = 10;

    private DemoPassword() {
    }

    static String hash(long seed) {
        return new BCryptPasswordEncoder(STRENGTH, seededRandom(seed)).encode(PASSWORD);
    }

    private static SecureRandom seededRandom(long seed) {
        try {
            // SHA1PRNG seeded before its first use is deterministic, unlike the default NativePRNG
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every JDK", e);
        }
    }
}
