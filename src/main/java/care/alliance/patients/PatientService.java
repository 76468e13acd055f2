package care.alliance.patients;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.domain.Episode;
import care.alliance.patients.domain.Patient;
import care.alliance.patients.domain.PatientRepository;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * Patient reads, scoped in the service layer (H02): a PWP reads only patients assigned to them,
 * navigators and managers only their own service's, administrators none. Every read, allowed or
 * denied, is audited (H13).
 */
@Service
public class PatientService {

    private final PatientRepository patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PatientService(PatientRepository patients, CurrentUser currentUser, AuditLog audit) {
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('PWP', 'NAVIGATOR', 'MANAGER')")
    @Transactional(readOnly = true)
    public PatientRecord get(long patientId) {
        return requireAccess(patientId, "PATIENT_READ");
    }

    /**
     * The one scope check for anything done to a patient's record (H02), audited under the caller's
     * action name, allowed or denied (H13). Other modules call this before they read or write their
     * own data about the patient, so "who may touch this patient" is decided here only.
     */
    @PreAuthorize("hasAnyRole('PWP', 'NAVIGATOR', 'MANAGER')")
    @Transactional(readOnly = true)
    public PatientRecord requireAccess(long patientId, String action) {
        StaffIdentity user = currentUser.require();
        Patient patient = patients.findById(patientId).orElse(null);
        if (patient == null || !mayRead(user, patient)) {
            // same answer for "missing" and "not yours": no probing for which patients exist
            audit.record(user.username(), user.role().name(), patientId, action, null, AuditOutcome.DENIED);
            throw new AccessDeniedException("You do not have access to this patient");
        }
        audit.record(user.username(), user.role().name(), patientId, action, null, AuditOutcome.ALLOWED);
        Episode episode = patients.findLatestEpisode(patientId).orElseThrow();
        return new PatientRecord(patient.getId(), patient.getProgrammeId(), patient.getDisplayName(),
                patient.getServiceId(), episode.getPwpId(), episode.getReferredOn(), episode.stage());
    }

    /**
     * The patients assigned to me, id and name only, by name: for a picker (the time ledger's patient
     * choice). One audit row for the list, like the caseload's (H13).
     */
    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public List<PatientName> myPatients() {
        StaffIdentity user = currentUser.require();
        List<PatientName> mine = patients.findAssignedTo(user.id()).stream()
                .map(p -> new PatientName(p.getId(), p.getDisplayName())).toList();
        audit.record(user.username(), user.role().name(), null, "PATIENT_LIST", mine.size() + " patients listed",
                AuditOutcome.ALLOWED);
        return mine;
    }

    /** A patient as a picker names them. */
    public record PatientName(long id, String displayName) {
    }

    /** Aggregates only: no individual record is read, so nothing patient-level to audit. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Map<EpisodeStage, Long> stageCountsForMyService() {
        StaffIdentity user = currentUser.require();
        Map<EpisodeStage, Long> counts = new EnumMap<>(EpisodeStage.class);
        for (Object[] r : patients.findStageDatePatterns(user.serviceId())) {
            // only whether each date is set matters to the stage; EpisodeStage stays the one definition
            EpisodeStage stage = EpisodeStage.of(set(r[0]), set(r[1]), set(r[2]), set(r[3]));
            counts.merge(stage, ((Number) r[4]).longValue(), Long::sum);
        }
        return counts;
    }

    private boolean mayRead(StaffIdentity user, Patient patient) {
        return switch (user.role()) {
            case PWP -> patients.isAssignedTo(patient.getId(), user.id());
            case NAVIGATOR, MANAGER -> patient.getServiceId().equals(user.serviceId());
            case ADMIN -> false;
        };
    }

    private static LocalDate set(Object flag) {
        return ((Number) flag).intValue() == 1 ? LocalDate.EPOCH : null;
    }
}
