package care.alliance.digest;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.digest.internal.DigestTable;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.shared.web.ApiException;

/**
 * Reads of stored digests, exactly as built. Staff are scoped and audited by
 * {@link PatientService#requireAccess} (H02, H13); the API is audited as the integration. Every read
 * checks that the digest's stored patient id is its appointment's (H02): a mismatch is refused.
 */
@Service
public class Digests {

    private final DigestTable table;
    private final AppointmentRecords appointments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    Digests(DigestTable table, AppointmentRecords appointments, PatientService patients, CurrentUser currentUser,
            AuditLog audit) {
        this.table = table;
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
        return table.latestForAppointment(appointment.id()).map(Digests::belongingToItsPatient)
                .orElseThrow(() -> ApiException.notFound("No digest has been built for this appointment yet."));
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForAppointment(long appointmentId) {
        AppointmentRef appointment = appointments.byId(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this patient"));
        patients.requireAccess(appointment.patientId(), "DIGEST_READ");
        return table.latestForAppointment(appointmentId).map(Digests::belongingToItsPatient);
    }

    /** The patient's newest digest, for the patient page; empty when none has been built. */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForPatient(long patientId) {
        patients.requireAccess(patientId, "DIGEST_READ");
        return table.latestForPatient(patientId).map(Digests::belongingToItsPatient)
                .filter(digest -> digest.patientId() == patientId);
    }

    private static StoredDigest belongingToItsPatient(DigestTable.Row row) {
        if (row.digest().patientId() != row.appointmentPatientId()) {
            throw new AccessDeniedException("Digest " + row.digest().appointment() + " v" + row.digest().version()
                    + " is stored for another patient than its appointment's; refused (H02)");
        }
        return row.digest();
    }
}
