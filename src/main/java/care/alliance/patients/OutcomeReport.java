package care.alliance.patients;

import java.time.ZoneId;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.outcomes.Score;
import care.alliance.patients.domain.AppointmentRepository;
import care.alliance.patients.domain.CareServices;
import care.alliance.patients.domain.Episode;
import care.alliance.patients.domain.Patient;
import care.alliance.patients.domain.PatientRepository;
import care.alliance.patients.internal.ApiCaller;
import care.alliance.patients.internal.OpenRiskFlags;
import care.alliance.programme.QuestionnaireHistory;
import care.alliance.shared.web.ApiException;

/**
 * The outcome of a patient's current episode for the programme (api.md {@code GET .../outcome}). The
 * numbers come from {@link OutcomeRules}, the one implementation of clinical.md §2 (H04), fed with the
 * episode's attended treatment sessions and the scores answered within it
 * ({@link EpisodeDates#scoreWindowContains}: referral day to discharge day in the service's zone, H07).
 */
@Service
public class OutcomeReport {

    private final PatientRepository patients;
    private final AppointmentRepository appointments;
    private final CareServices services;
    private final QuestionnaireHistory questionnaires;
    private final OpenRiskFlags riskFlags;
    private final AuditLog audit;

    private final ApiCaller apiCaller;

    OutcomeReport(PatientRepository patients, AppointmentRepository appointments, CareServices services,
            QuestionnaireHistory questionnaires, OpenRiskFlags riskFlags, AuditLog audit, ApiCaller apiCaller) {
        this.patients = patients;
        this.appointments = appointments;
        this.services = services;
        this.questionnaires = questionnaires;
        this.riskFlags = riskFlags;
        this.audit = audit;
        this.apiCaller = apiCaller;
    }

    @PreAuthorize("hasAuthority('SCOPE_outcomes:read')")
    @Transactional(readOnly = true)
    public PatientOutcome outcome(String programmeId) {
        Patient patient = patients.findExactly(programmeId)
                .orElseThrow(() -> ApiException.notFound("No patient with this programmeId."));
        Episode episode = patients.findLatestEpisode(patient.getId()).orElseThrow();
        ZoneId zone = services.byId(patient.getServiceId()).zone();
        EpisodeDates dates = episode.dates();
        List<Score> scores = questionnaires.scores(patient.getId(), episode.getReferredOn().atStartOfDay(zone)
                .toInstant(), null).stream().filter(score -> dates.scoreWindowContains(score.occurredAt(), zone))
                .toList();
        int sessions = Math.toIntExact(appointments.countAttendedTreatmentSessions(episode.getId()));
        PatientOutcome outcome = new PatientOutcome(patient.getProgrammeId(), dates,
                OutcomeRules.evaluate(new EpisodeFacts(scores, sessions, episode.isDischarged())),
                riskFlags.any(patient.getId()));
        audit.record(apiCaller.require().auditName(), ApiCaller.AUDIT_ROLE, patient.getId(), "OUTCOME_READ", null,
                AuditOutcome.ALLOWED);
        return outcome;
    }
}
