package care.alliance.navigator;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.internal.IssueTable;
import care.alliance.security.CurrentUser;
import care.alliance.shared.web.ApiException;

/**
 * api.md {@code GET /api/v1/issues} (scope {@code issues:read}): issues of one patient, or of all
 * patients (newest first, at most {@link #MAX_ROWS}), optionally of one status. Audited as the
 * integration: per patient when one is named (H13), else one list entry; the answer carries ids,
 * categories and states only, no free text.
 */
@Service
public class IssueFeed {

    public static final int MAX_ROWS = 1000;
    static final String AUDIT_ROLE = "INTEGRATION";

    private final IssueTable table;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    IssueFeed(IssueTable table, CurrentUser currentUser, AuditLog audit) {
        this.table = table;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * @param programmeId the programme's patient id, exact (case included), or null for every patient
     * @param status      an {@link IssueStatus} name, or null for any
     * @throws ApiException 400 for a blank patient or an unknown status, 404 for an unknown patient
     */
    @PreAuthorize("hasAuthority('SCOPE_issues:read')")
    @Transactional(readOnly = true)
    public List<FeedIssue> issues(String programmeId, String status) {
        IssueStatus wanted = status(status);
        if (programmeId != null && programmeId.isBlank()) {
            throw ApiException.invalid("patient", "must not be blank; leave it out for every patient");
        }
        String caller = currentUser.requireApiClient().auditName();
        if (programmeId == null) {
            List<FeedIssue> issues = table.feed(null, wanted, MAX_ROWS);
            audit.record(caller, AUDIT_ROLE, null, "ISSUES_LIST", issues.size() + " issues"
                    + (wanted == null ? "" : ", status " + wanted), AuditOutcome.ALLOWED);
            return issues;
        }
        long patientId = table.patientByProgrammeId(programmeId)
                .orElseThrow(() -> ApiException.notFound("No patient with this programmeId."));
        audit.record(caller, AUDIT_ROLE, patientId, "ISSUES_READ", wanted == null ? null : "status " + wanted,
                AuditOutcome.ALLOWED);
        return table.feed(patientId, wanted, MAX_ROWS);
    }

    private static IssueStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(IssueStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ApiException.invalid("status", "must be one of " + Arrays.stream(IssueStatus.values())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
