package care.alliance.navigator;

import java.time.Instant;

/** An issue as the integration API lists it (api.md {@code GET /api/v1/issues}): no free text, no names. */
public record FeedIssue(long id, String programmeId, TechnicalIssueCategory category, IssueSource source,
        Instant openedAt, IssueStatus status) {

    /** api.md knows two sources: detected by a rule, or reported by a person (clinician or navigator). */
    public String apiSource() {
        return source == IssueSource.DETECTED ? "DETECTED" : "REPORTED";
    }
}
