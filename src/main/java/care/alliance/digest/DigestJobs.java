package care.alliance.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.digest.internal.DigestBuildPlanner;
import care.alliance.security.CurrentUser;
import care.alliance.shared.web.ApiException;
import care.alliance.shared.web.ApiProblems.FieldProblem;

/**
 * api.md {@code POST /api/v1/jobs/digests}: builds now for a window, through the same planner (and job
 * keys) as the nightly run, so calling it twice schedules nothing twice. Audited as the integration.
 */
@Service
public class DigestJobs {

    /** A week is more than any real catch-up needs and bounds the work one call can queue. */
    static final Duration MAX_WINDOW = Duration.ofDays(7);

    private final DigestBuildPlanner planner;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DigestJobs(DigestBuildPlanner planner, CurrentUser currentUser, AuditLog audit) {
        this.planner = planner;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The number of BOOKED appointments starting in [from, to) whose build was scheduled. */
    @PreAuthorize("hasAuthority('SCOPE_jobs:run')")
    public int buildNow(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Instant start = instant("from", from, problems);
        Instant end = instant("to", to, problems);
        if (start != null && end != null) {
            if (!start.isBefore(end)) {
                problems.add(new FieldProblem("to", "must be after from"));
            } else if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
                problems.add(new FieldProblem("to", "the window may be at most 7 days"));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        int scheduled = planner.buildNow(start, end);
        audit.record(currentUser.requireApiClient().auditName(), "INTEGRATION", null, "DIGEST_JOBS_RUN",
                "[" + start + ", " + end + "): " + scheduled + " scheduled", AuditOutcome.ALLOWED);
        return scheduled;
    }

    private static Instant instant(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be an ISO-8601 instant such as 2026-11-24T00:00:00Z"));
            return null;
        }
    }
}
