package care.alliance.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.digest.DigestRecords;
import care.alliance.navigator.TechnicalIssue;
import care.alliance.navigator.TechnicalIssueHistory;
import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.outcomes.Score;
import care.alliance.patients.CurrentEpisodes;
import care.alliance.patients.CurrentEpisodes.CurrentEpisode;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.programme.MessageRecords;
import care.alliance.programme.ModuleProgressHistory;
import care.alliance.programme.MoodHistory;
import care.alliance.programme.ProgrammeActivity;
import care.alliance.programme.QuestionnaireHistory;
import care.alliance.programme.RiskFlag;
import care.alliance.programme.RiskFlagRecords;
import care.alliance.security.CurrentUser;
import care.alliance.security.Role;

/**
 * What the patient page shows. The patient is read through PatientService, which scopes the read to
 * the user's own patients (H02) and audits it once (H13); the plain reads follow only after that, one
 * bounded statement each, never one per row.
 */
@Service
public class PatientPage {

    public static final int MOOD_DAYS = 28;
    public static final int ROWS_SHOWN = 20;
    /** Far more than a month of daily ratings: only bounds a runaway sender. */
    static final int MOOD_RATINGS_READ = MOOD_DAYS * 48;

    private final PatientService patients;
    private final CurrentEpisodes episodes;
    private final PatientPageReads reads;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DigestRecords digests;

    PatientPage(PatientService patients, CurrentEpisodes episodes, PatientPageReads reads, CurrentUser currentUser,
            Clock clock, DigestRecords digests) {
        this.patients = patients;
        this.episodes = episodes;
        this.reads = reads;
        this.currentUser = currentUser;
        this.clock = clock;
        this.digests = digests;
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public PatientPageContent load(long patientId) {
        PatientRecord patient = patients.get(patientId);
        CurrentEpisode episode = episodes.of(patientId);
        // H05: the scores of this episode by when they were answered; the rules pick first and latest
        List<Score> scores = reads.questionnaires.scores(patientId, episode.scoresFrom(), episode.scoresUntil());
        EpisodeOutcome outcome = OutcomeRules.evaluate(
                new EpisodeFacts(scores, episode.attendedTreatmentSessions(), episode.discharged()));
        LocalDate today = LocalDate.now(clock.withZone(episode.zone()));
        DailyMood mood = DailyMood.of(reads.moods.between(patientId,
                today.minusDays(MOOD_DAYS - 1L).atStartOfDay(episode.zone()).toInstant(),
                today.plusDays(1).atStartOfDay(episode.zone()).toInstant(), MOOD_RATINGS_READ), today, MOOD_DAYS,
                episode.zone());
        List<RiskFlag> flags = reads.riskFlags.forPatient(patientId);
        List<TechnicalIssue> issues = reads.issues.forPatient(patientId);
        PatientPageContent.Activity activity = new PatientPageContent.Activity(
                reads.activity.diary(patientId, ROWS_SHOWN), reads.messages.recent(patientId, ROWS_SHOWN),
                reads.activity.logins(patientId, ROWS_SHOWN), reads.activity.notifications(patientId, ROWS_SHOWN));
        // covered by the one audited PATIENT_READ above, like every other part of the page (H13)
        return new PatientPageContent(patient, episode, outcome, scores, mood,
                PlannedModule.against(reads.modules.furthest(patientId)), flags, issues, activity,
                currentUser.require().role() == Role.PWP, digests.latestShownForPatient(patientId).orElse(null),
                reads.summaries.latest(patientId).orElse(null), reads.reminders.current(patientId));
    }
}
