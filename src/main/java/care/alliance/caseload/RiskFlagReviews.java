package care.alliance.caseload;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.PatientService;
import care.alliance.programme.RiskFlagRecords;
import care.alliance.programme.RiskFlagReviewed;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * H01: a risk flag closes only with a clinician's recorded review (who, when, note). Clinicians only:
 * a navigator's attempt is refused before anything is read. The flag and its review stay in the history.
 */
@Service
public class RiskFlagReviews {

    public static final int MAX_NOTE = 2000;
    private final RiskFlagRecords flags;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskFlagReviews(RiskFlagRecords flags, PatientService patients, CurrentUser currentUser, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.flags = flags;
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the note is missing or too long (nothing changes)
     * @throws IllegalStateException when the flag was already reviewed (the first review stands)
     */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional
    public void review(long riskFlagId, String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Write a review note: what you did and decided.");
        }
        if (text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("The note is too long: at most " + MAX_NOTE + " characters.");
        }
        StaffIdentity user = currentUser.require();
        long patientId = flags.patientOf(riskFlagId).orElseThrow(() -> {
            audit.record(user.username(), user.role().name(), null, "RISK_FLAG_REVIEW",
                    "no risk flag " + riskFlagId, AuditOutcome.DENIED);
            return new AccessDeniedException("You do not have access to this patient");
        });
        patients.requireAccess(patientId, "RISK_FLAG_REVIEW");
        if (!flags.markReviewed(riskFlagId, user.id(), text, clock.instant())) {
            throw new IllegalStateException("This risk flag has already been reviewed. Reload to see the review.");
        }
        events.publishEvent(new RiskFlagReviewed(riskFlagId, patientId));
    }
}
