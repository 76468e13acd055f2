package care.alliance.digest;

import java.time.Instant;

/**
 * A digest as stored: its row's facts and the exact JSON text that was built (clinical.md §6, "re-read
 * exactly as it was shown"). {@link #content()} parses that text; nothing is recomputed.
 */
public record StoredDigest(String appointment, long patientId, int version, Instant builtAt, Instant since,
        Instant until, String json) {

    public DigestContent content() {
        return DigestJson.read(json);
    }
}
