package care.alliance.digest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

import care.alliance.navigator.DataSummary;
import care.alliance.navigator.TechnicalIssue;
import care.alliance.outcomes.Score;
import care.alliance.patients.EpisodeDates;
import care.alliance.programme.ModuleProgressHistory.ModuleReached;
import care.alliance.programme.MoodHistory.MoodRating;
import care.alliance.programme.ProgrammeActivity.DiaryEntry;
import care.alliance.programme.RiskFlag;

/**
 * Everything a digest is computed from, read at one moment; {@code dataSummary} is the navigator's newest
 * summary published in the period, or {@code null}. The build time is deliberately not part
 * of it: the fingerprint then changes only when data do, so a rebuild with no new data stores nothing.
 */
record DigestInputs(String appointment, long patientId, Instant since, ZoneId zone, EpisodeDates dates,
        int attendedTreatmentSessions, List<MoodRating> moods, List<Score> scores, List<ModuleReached> modules,
        List<RiskFlag> riskFlags, List<DiaryEntry> diary, int unreadMessages, List<TechnicalIssue> issues,
        DataSummary dataSummary) {

    private static final String NO_SUMMARY = ", dataSummary=null]";

    /**
     * SHA-256 of the records' text: records print every component, in declaration order. Without a data
     * summary the text is the one digests were fingerprinted with before summaries existed, so the
     * upgrade alone does not make every upcoming appointment's next rebuild store a new version.
     */
    String fingerprint() {
        String text = toString();
        if (dataSummary == null && text.endsWith(NO_SUMMARY)) {
            text = text.substring(0, text.length() - NO_SUMMARY.length()) + "]";
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
