package care.alliance.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.patients.domain.Appointment;
import care.alliance.patients.domain.AppointmentRepository;
import care.alliance.patients.domain.CareServices;
import care.alliance.patients.domain.Episode;
import care.alliance.patients.domain.EpisodeRepository;
import care.alliance.patients.domain.Patient;
import care.alliance.patients.domain.PatientRepository;
import care.alliance.patients.domain.StageDates;
import care.alliance.patients.internal.ApiCaller;
import care.alliance.shared.web.ApiException;

/**
 * Appointments booked by the programme and what happened at them (api.md). An appointment belongs to
 * the patient's current episode and that episode's PWP. Recording an outcome re-derives the episode's
 * stage dates from all its attended appointments, so late, repeated or out-of-order outcomes agree.
 */
@Service
public class AppointmentBook {

    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final EpisodeRepository episodes;
    private final CareServices services;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final ApiCaller apiCaller;

    AppointmentBook(AppointmentRepository appointments, PatientRepository patients, EpisodeRepository episodes,
            CareServices services, AuditLog audit, ApiCaller apiCaller, Clock clock, ApplicationEventPublisher events) {
        this.appointments = appointments;
        this.patients = patients;
        this.episodes = episodes;
        this.services = services;
        this.audit = audit;
        this.apiCaller = apiCaller;
        this.clock = clock;
        this.events = events;
    }

    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Transactional
    public Written<AppointmentView> book(NewAppointment request) {
        Appointment existing = appointments.findByExternalId(request.id()).orElse(null);
        if (existing != null) {
            if (!bookingOf(existing).equals(request)) {
                throw ApiException.conflict("An appointment with this id is already booked with different details "
                        + "(ids differing only in letter case count as the same).");
            }
            audited(existing.getPatientId(), "APPOINTMENT_BOOK", "retry: already booked");
            return new Written<>(view(existing), false);
        }
        Patient patient = patients.findExactly(request.patient())
                .orElseThrow(() -> ApiException.unprocessable("patient", "no patient has this programmeId"));
        Episode episode = patients.findLatestEpisode(patient.getId()).orElseThrow();
        LocalDate day = request.start().atZone(services.byId(patient.getServiceId()).zone()).toLocalDate();
        if (day.isBefore(episode.getReferredOn())) {
            throw ApiException.unprocessable("start", "must not be before the referral date "
                    + episode.getReferredOn());
        }
        if (episode.isDischarged() && day.isAfter(episode.getDischargedOn())) {
            throw ApiException.unprocessable("start", "must not be after the patient's discharge on "
                    + episode.getDischargedOn());
        }
        Appointment appointment = appointments.saveAndFlush(new Appointment(request.id(), episode.getId(),
                patient.getId(), episode.getPwpId(), request.kind(), request.start(), request.minutes()));
        audited(patient.getId(), "APPOINTMENT_BOOK", "booked " + request.kind());
        events.publishEvent(new AppointmentBooked(appointment.getId()));
        return new Written<>(view(appointment), true);
    }

    /**
     * Records ATTENDED, DID_NOT_ATTEND or CANCELLED (a later call corrects an earlier one) and restages
     * the episode. The episode row is locked first and the transaction reads committed data, so
     * outcomes recorded at the same moment for one episode each see the other.
     */
    @PreAuthorize("hasAuthority('SCOPE_appointments:write')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AppointmentView recordOutcome(String id, AppointmentStatus outcome) {
        if (outcome == AppointmentStatus.BOOKED) {
            throw ApiException.invalid("status", "must be ATTENDED, DID_NOT_ATTEND or CANCELLED");
        }
        Appointment appointment = appointments.findExactly(id)
                .orElseThrow(() -> ApiException.notFound("No appointment with this id."));
        Episode episode = episodes.lockById(appointment.getEpisodeId()).orElseThrow();
        Patient patient = patients.findById(appointment.getPatientId()).orElseThrow();
        ZoneId zone = services.byId(patient.getServiceId()).zone();
        if (outcome != AppointmentStatus.CANCELLED && appointment.getStartAt().isAfter(clock.instant())) {
            throw ApiException.unprocessable("status", "the appointment has not started yet; only CANCELLED can be "
                    + "recorded before its start");
        }
        if (outcome == AppointmentStatus.ATTENDED && episode.isDischarged()
                && StageDates.localDate(appointment, zone).isAfter(episode.getDischargedOn())) {
            throw ApiException.unprocessable("status", "the appointment is after the patient's discharge on "
                    + episode.getDischargedOn());
        }
        appointment.record(outcome);
        appointments.flush();
        episode.restage(StageDates.of(appointments.findByEpisodeIdAndStatus(episode.getId(),
                AppointmentStatus.ATTENDED), zone));
        episodes.flush();
        // even when the stage stays, the count of attended sessions (and so the live status) may not
        events.publishEvent(new EpisodeChanged(episode.getId()));
        events.publishEvent(new AppointmentStatusChanged(appointment.getId()));
        audited(patient.getId(), "APPOINTMENT_OUTCOME", outcome.name());
        return view(appointment);
    }

    private NewAppointment bookingOf(Appointment appointment) {
        return new NewAppointment(appointment.getExternalId(), programmeIdOf(appointment), appointment.getStartAt(),
                appointment.getMinutes(), appointment.getKind());
    }

    private AppointmentView view(Appointment appointment) {
        Episode episode = episodes.findById(appointment.getEpisodeId()).orElseThrow();
        return new AppointmentView(appointment.getExternalId(), programmeIdOf(appointment), appointment.getStartAt(),
                appointment.getMinutes(), appointment.getKind(), appointment.getStatus(),
                episode.dates());
    }

    private String programmeIdOf(Appointment appointment) {
        return patients.findById(appointment.getPatientId()).orElseThrow().getProgrammeId();
    }

    private void audited(long patientId, String action, String detail) {
        audit.record(apiCaller.require().auditName(), ApiCaller.AUDIT_ROLE, patientId, action, detail,
                AuditOutcome.ALLOWED);
    }
}
