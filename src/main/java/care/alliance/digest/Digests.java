package care.alliance.digest;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.shared.web.ApiException;

/**
 * Reads of stored digests, exactly as built. Staff are scoped and audited by
 * {@link PatientService#requireAccess} (H02, H13); the API is audited as the integration. Every read
 * goes through {@link DigestRecords}, which refuses a digest not stored under its appointment's patient.
 */
@Service
public class Digests {

    private final DigestRecords records;
    private final AppointmentRecords appointments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    Digests(DigestRecords records, AppointmentRecords appointments, PatientService patients, CurrentUser currentUser,
            AuditLog audit) {
        this.records = records;
        this.appointments = appointments;
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** api.md: the latest digest of the appointment with this external id; 404 when none. */
    @PreAuthorize("hasAuthority('SCOPE_digests:read')")
    @Transactional(readOnly = true)
    public StoredDigest forIntegration(String appointmentExternalId) {
        AppointmentRef appointment = appointments.byExternalId(appointmentExternalId)
                .orElseThrow(() -> ApiException.notFound("No appointment with this id."));
        audit.record(currentUser.requireApiClient().auditName(), "INTEGRATION", appointment.patientId(),
                "DIGEST_READ", appointmentExternalId, AuditOutcome.ALLOWED);
        return records.latestForAppointment(appointment.id())
                .orElseThrow(() -> ApiException.notFound("No digest has been built for this appointment yet."));
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForAppointment(long appointmentId) {
        AppointmentRef appointment = appointments.byId(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this patient"));
        patients.requireAccess(appointment.patientId(), "DIGEST_READ");
        return records.latestForAppointment(appointmentId);
    }

    /** The patient's newest digest, for the patient page; empty when none has been built. */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForPatient(long patientId) {
        patients.requireAccess(patientId, "DIGEST_READ");
        return records.latestForPatient(patientId);
    }
}
