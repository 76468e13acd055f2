package care.alliance.digest;

import java.time.Instant;

/**
 * A stored digest as put on screen, with the newest arrival of the patient's programme data (H06):
 * when data arrived after the build, the digest no longer tells the whole story and says so.
 *
 * @param newDataAt when the patient's newest programme event was received; {@code null} when none was
 */
public record ShownDigest(StoredDigest digest, Instant newDataAt) {

    public boolean stale() {
        return newDataAt != null && newDataAt.isAfter(digest.builtAt());
    }
}
