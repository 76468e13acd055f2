package care.alliance.navigator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.internal.ScheduleTable;
import care.alliance.security.CurrentUser;
import care.alliance.shared.web.ApiException;

/**
 * {@code GET /api/v1/patients/{programmeId}/plan}: the reminder schedule in force, for the programme to
 * apply (scope {@code plans:read}, or {@code outcomes:read}, which integrations reading a patient's
 * state already hold). One statement; audited per patient as the integration (H13), including version
 * polls answered "not modified", since the schedule was read either way.
 */
@Service
public class PlanFeed {

    static final String AUDIT_ROLE = "INTEGRATION";

    private final ScheduleTable table;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PlanFeed(ScheduleTable table, CurrentUser currentUser, AuditLog audit) {
        this.table = table;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * @param programmeId the programme's patient id, exact (case included)
     * @throws ApiException 404 for an unknown patient
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_plans:read', 'SCOPE_outcomes:read')")
    @Transactional(readOnly = true)
    public PatientPlan plan(String programmeId) {
        ScheduleTable.Row row = table.latest(programmeId)
                .orElseThrow(() -> ApiException.notFound("No patient with this programmeId."));
        audit.record(currentUser.requireApiClient().auditName(), AUDIT_ROLE, row.patientId(), "PLAN_READ",
                "version " + row.version(), AuditOutcome.ALLOWED);
        return new PatientPlan(row.programmeId(), ReminderSchedules.of(row));
    }

    /** The schedule with the programme's id for the patient (the API never shows internal ids). */
    public record PatientPlan(String programmeId, ReminderSchedule schedule) {
    }
}
