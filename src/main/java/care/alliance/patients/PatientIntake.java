package care.alliance.patients;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.domain.AppointmentRepository;
import care.alliance.patients.domain.CareServices;
import care.alliance.patients.domain.CareServices.CareService;
import care.alliance.patients.domain.Episode;
import care.alliance.patients.domain.EpisodeRepository;
import care.alliance.patients.domain.Patient;
import care.alliance.patients.domain.PatientRepository;
import care.alliance.patients.internal.ApiCaller;
import care.alliance.security.Role;
import care.alliance.security.StaffLookup;
import care.alliance.security.StaffSummary;
import care.alliance.shared.web.ApiException;

/**
 * Patients registered and discharged by the digital programme (api.md). Each call is one transaction:
 * the patient and their first episode are stored together or not at all. Retries of an identical
 * call are answered with what is stored; a different call under the same id is a conflict.
 */
@Service
public class PatientIntake {

    private final PatientRepository patients;
    private final EpisodeRepository episodes;
    private final AppointmentRepository appointments;
    private final CareServices services;
    private final StaffLookup staff;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final ApiCaller apiCaller;

    PatientIntake(PatientRepository patients, EpisodeRepository episodes, AppointmentRepository appointments,
            CareServices services, StaffLookup staff, AuditLog audit, ApiCaller apiCaller, Clock clock,
            ApplicationEventPublisher events) {
        this.patients = patients;
        this.episodes = episodes;
        this.appointments = appointments;
        this.services = services;
        this.staff = staff;
        this.audit = audit;
        this.apiCaller = apiCaller;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('SCOPE_patients:write')")
    @Transactional
    public Written<PatientView> register(NewPatient request) {
        Patient existing = patients.findByProgrammeId(request.programmeId()).orElse(null);
        if (existing != null) {
            if (!registrationOf(existing).equals(request)) {
                throw ApiException.conflict("A patient with this programmeId is already registered with different "
                        + "details (ids differing only in letter case count as the same).");
            }
            audited(existing.getId(), "PATIENT_REGISTER", "retry: already registered");
            return new Written<>(view(existing), false);
        }
        CareService service = services.byCode(request.service())
                .orElseThrow(() -> ApiException.unprocessable("service", "no service has this code"));
        long pwpId = pwpOf(service, request.pwp());
        if (request.referredOn().isAfter(LocalDate.now(clock.withZone(service.zone())))) {
            throw ApiException.unprocessable("referredOn", "must not be in the future");
        }
        Patient patient = patients.saveAndFlush(new Patient(request.programmeId(), request.displayName(),
                service.id(), clock.instant()));
        Episode episode = episodes.saveAndFlush(new Episode(patient.getId(), pwpId, request.referredOn()));
        events.publishEvent(new EpisodeChanged(episode.getId()));
        audited(patient.getId(), "PATIENT_REGISTER", "registered");
        return new Written<>(view(patient), true);
    }

    /**
     * Ends the patient's current episode. The day must lie between the referral and today, and not
     * before an attended appointment (which would leave treatment after discharge).
     */
    @PreAuthorize("hasAuthority('SCOPE_patients:write')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PatientView discharge(String programmeId, LocalDate on) {
        Patient patient = patients.findExactly(programmeId)
                .orElseThrow(() -> ApiException.notFound("No patient with this programmeId."));
        Episode episode = episodes.lockById(patients.findLatestEpisode(patient.getId()).orElseThrow().getId())
                .orElseThrow();
        if (episode.isDischarged()) {
            if (!episode.getDischargedOn().equals(on)) {
                throw ApiException.conflict("The patient was already discharged on " + episode.getDischargedOn()
                        + "; a discharge cannot be moved.");
            }
            audited(patient.getId(), "PATIENT_DISCHARGE", "retry: already discharged on " + on);
            return view(patient);
        }
        CareService service = services.byId(patient.getServiceId());
        if (on.isBefore(episode.getReferredOn())) {
            throw ApiException.unprocessable("on", "must not be before the referral date " + episode.getReferredOn());
        }
        if (on.isAfter(LocalDate.now(clock.withZone(service.zone())))) {
            throw ApiException.unprocessable("on", "must not be in the future");
        }
        LocalDate lastAttended = appointments.findLastAttendedStart(episode.getId())
                .map(start -> start.atZone(service.zone()).toLocalDate()).orElse(null);
        if (lastAttended != null && on.isBefore(lastAttended)) {
            throw ApiException.unprocessable("on", "must not be before the last attended appointment on "
                    + lastAttended);
        }
        episode.discharge(on);
        episodes.flush();
        events.publishEvent(new EpisodeChanged(episode.getId()));
        audited(patient.getId(), "PATIENT_DISCHARGE", "discharged on " + on);
        return view(patient);
    }

    private long pwpOf(CareService service, String username) {
        StaffSummary pwp = staff.byUsername(username)
                .orElseThrow(() -> ApiException.unprocessable("pwp", "no staff member has this username"));
        if (pwp.role() != Role.PWP) {
            throw ApiException.unprocessable("pwp", "this staff member is not a PWP");
        }
        if (!pwp.enabled()) {
            throw ApiException.unprocessable("pwp", "this PWP's account is disabled");
        }
        if (pwp.serviceId() == null || pwp.serviceId() != service.id()) {
            throw ApiException.unprocessable("pwp", "this PWP does not work in service " + service.code());
        }
        return pwp.id();
    }

    /** The registration as stored: the patient and the episode they were registered with. */
    private NewPatient registrationOf(Patient patient) {
        Episode first = patients.findFirstEpisode(patient.getId()).orElseThrow();
        return new NewPatient(patient.getProgrammeId(), patient.getDisplayName(), usernameOf(first.getPwpId()),
                first.getReferredOn(), services.byId(patient.getServiceId()).code());
    }

    private PatientView view(Patient patient) {
        Episode current = patients.findLatestEpisode(patient.getId()).orElseThrow();
        return new PatientView(patient.getProgrammeId(), patient.getDisplayName(), usernameOf(current.getPwpId()),
                current.getReferredOn(), services.byId(patient.getServiceId()).code(), current.getDischargedOn(),
                current.stage());
    }

    private String usernameOf(long staffId) {
        return staff.byId(staffId).orElseThrow().username();
    }

    private void audited(long patientId, String action, String detail) {
        audit.record(apiCaller.require().auditName(), ApiCaller.AUDIT_ROLE, patientId, action, detail,
                AuditOutcome.ALLOWED);
    }
}
