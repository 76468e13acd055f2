package care.alliance.digest;

import java.time.Instant;
import java.util.List;

import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.MeasureSummary;

/**
 * What one digest says, in the shape of api.md {@code GET /api/v1/appointments/{id}/digest}. It is
 * serialised once when built and stored; every later read parses that stored text, never recomputes.
 *
 * @param since start of the period: the previous attended session, else the episode's score window
 * @param until end of the period: when the digest was built
 * @param dataSummary the navigator's newest data summary published in the period; {@code null} when none
 *              was, and in digests stored before summaries existed (their JSON has no such field)
 */
public record DigestContent(String appointment, int version, Instant builtAt, Instant since, Instant until,
        Mood mood, Questionnaires questionnaires, List<ModuleLine> modules, List<RiskFlagLine> riskFlags,
        List<IssueLine> openIssues, int unreadMessages, Diary diary, List<String> agenda,
        DataSummaryLine dataSummary) {

    /** Nulls where nothing was rated: no mean, trend or lowest is better than a made-up one. */
    public record Mood(int daysRated, int days, Double mean, Double trend, Integer lowest) {
    }

    /** Change is since the episode's first score; status and verdict come from the outcome rules. */
    public record Questionnaires(MeasureSummary phq9, MeasureSummary gad7, LiveStatus status, String verdict) {
    }

    public record ModuleLine(String module, int percent, boolean completedInPeriod, boolean stuck) {
    }

    public record RiskFlagLine(Instant raisedAt, String reason, boolean open, boolean raisedInPeriod) {
    }

    /** Open issues, and those resolved in the period with what the navigator did. */
    public record IssueLine(String category, String status, Instant openedAt, String resolution) {
    }

    public record Diary(int planned, int completed) {
    }

    /** The navigator's summary as published: their words, and the generated facts in one line. */
    public record DataSummaryLine(String author, Instant publishedAt, String words, String facts) {
    }
}
