package care.alliance.digest.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import care.alliance.navigator.DataSummary;
import care.alliance.navigator.DataSummaryRecords;
import care.alliance.navigator.TechnicalIssueHistory;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import care.alliance.patients.CurrentEpisodes;
import care.alliance.patients.CurrentEpisodes.CurrentEpisode;
import care.alliance.programme.MessageRecords;
import care.alliance.programme.ModuleProgressHistory;
import care.alliance.programme.MoodHistory;
import care.alliance.programme.ProgrammeActivity;
import care.alliance.programme.QuestionnaireHistory;
import care.alliance.programme.RiskFlagRecords;

/** Reads a digest's inputs through the owning modules' read helpers; every read is by the one patient id. */
@Component
class DigestSources {

    /** Bounds what one digest reads: a patient rates mood once or twice a day and plans a few activities. */
    static final int ROW_LIMIT = 1_000;

    private final AppointmentRecords appointments;
    private final CurrentEpisodes episodes;
    private final MoodHistory moods;
    private final QuestionnaireHistory questionnaires;
    private final ModuleProgressHistory modules;
    private final RiskFlagRecords riskFlags;
    private final ProgrammeActivity activity;
    private final MessageRecords messages;
    private final TechnicalIssueHistory issues;
    private final DataSummaryRecords summaries;

    DigestSources(AppointmentRecords appointments, CurrentEpisodes episodes, MoodHistory moods,
            QuestionnaireHistory questionnaires, ModuleProgressHistory modules, RiskFlagRecords riskFlags,
            ProgrammeActivity activity, MessageRecords messages, TechnicalIssueHistory issues,
            DataSummaryRecords summaries) {
        this.appointments = appointments;
        this.episodes = episodes;
        this.moods = moods;
        this.questionnaires = questionnaires;
        this.modules = modules;
        this.riskFlags = riskFlags;
        this.activity = activity;
        this.messages = messages;
        this.issues = issues;
        this.summaries = summaries;
    }

    DigestInputs read(AppointmentRef appointment, Instant until) {
        long patient = appointment.patientId();
        CurrentEpisode episode = episodes.of(patient);
        // since the previous session; before the first one, since the episode began (clinical.md §6)
        Instant since = appointments.previousAttendedStart(patient, appointment.start())
                .orElse(episode.scoresFrom());
        var scores = questionnaires.scores(patient, episode.scoresFrom(), episode.scoresUntil());
        return new DigestInputs(appointment.externalId(), patient, since, episode.zone(), episode.dates(),
                episode.attendedTreatmentSessions(), moods.between(patient, since, until, ROW_LIMIT), scores,
                modules.reached(patient), riskFlags.forPatient(patient),
                activity.diaryBetween(patient, since, until, ROW_LIMIT), messages.unreadCount(patient),
                issues.forPatient(patient), newSummary(patient, since, until));
    }

    /**
     * Only a summary published since the previous session: an older one was written about an earlier
     * period and was in an earlier digest, so repeating it would present old facts as the latest. One
     * published after the build's moment is the next build's.
     */
    private DataSummary newSummary(long patient, Instant since, Instant until) {
        return summaries.latestSince(patient, since).filter(summary -> summary.publishedAt().isBefore(until))
                .orElse(null);
    }
}
