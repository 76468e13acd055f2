package care.alliance.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * H09 for a manager: how many of a day's BOOKED appointments in the service have a digest, per PWP,
 * and the builds that failed. No patient names: the manager acts on PWPs and builds, not records.
 */
public record DigestCoverageReport(LocalDate day, List<PwpCoverage> pwps, List<FailedBuild> failures) {

    public record PwpCoverage(long pwpId, String pwpName, int appointments, int withDigest, int failedWithoutDigest) {
    }

    /** @param digestSince whether a later build of the same appointment stored a digest after all */
    public record FailedBuild(String appointment, Instant start, String pwpName, String pass, Instant failedAt,
            String message, boolean digestSince) {
    }

    public int appointments() {
        return pwps.stream().mapToInt(PwpCoverage::appointments).sum();
    }

    public int withDigest() {
        return pwps.stream().mapToInt(PwpCoverage::withDigest).sum();
    }

    /** Whole percent, rounded down so that 99.6 % never shows as full coverage; 100 with no appointments. */
    public int percent() {
        return appointments() == 0 ? 100 : (int) (100L * withDigest() / appointments());
    }
}
