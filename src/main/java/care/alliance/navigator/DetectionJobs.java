package care.alliance.navigator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.detection.Detection;
import care.alliance.security.CurrentUser;

/**
 * api.md {@code POST /api/v1/jobs/detection}: every rule for every patient, now, on the caller's
 * thread (the benchmark keeps a run over 100,000 patients well under a minute), so the answer can say
 * what the run did. Safe beside the scheduled run and other nodes (H10). Audited as the integration.
 */
@Service
public class DetectionJobs {

    private final Detection detection;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DetectionJobs(Detection detection, CurrentUser currentUser, AuditLog audit) {
        this.detection = detection;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('SCOPE_jobs:run')")
    public DetectionResult runNow() {
        String caller = currentUser.requireApiClient().auditName();
        DetectionResult result = detection.runAll();
        audit.record(caller, "INTEGRATION", null, "DETECTION_JOBS_RUN",
                "opened " + result.opened() + ", closed " + result.closed(), AuditOutcome.ALLOWED);
        return result;
    }
}
