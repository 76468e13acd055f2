package care.alliance.caseload;

import java.util.List;

import care.alliance.digest.ShownDigest;
import care.alliance.navigator.DataSummary;
import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.TechnicalIssue;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Score;
import care.alliance.patients.CurrentEpisodes.CurrentEpisode;
import care.alliance.patients.PatientRecord;
import care.alliance.programme.MessageRecords.PatientMessage;
import care.alliance.programme.ProgrammeActivity.DiaryEntry;
import care.alliance.programme.ProgrammeActivity.Login;
import care.alliance.programme.ProgrammeActivity.NotificationEvent;
import care.alliance.programme.RiskFlag;

/**
 * Everything one patient page shows, read in one go after one audited read of the patient.
 *
 * @param outcome     clinical.md §2 applied to the current episode's scores ({@link care.alliance.outcomes.OutcomeRules})
 * @param scores      the current episode's PHQ-9 and GAD-7 scores, by when they were answered (H05)
 * @param riskFlags   open flags first, then reviewed ones with their reviews (H01)
 * @param mayMarkRead whether the reader is the patient's PWP (a manager reads, never marks read)
 * @param digest      the patient's latest stored pre-session digest, {@code null} while none is built
 * @param dataSummary the navigator's current data summary, {@code null} while none is published
 * @param reminders   the reminder schedule the navigator agreed with the patient, version 0 while none is
 */
public record PatientPageContent(PatientRecord patient, CurrentEpisode episode, EpisodeOutcome outcome,
        List<Score> scores, DailyMood mood, List<PlannedModule> modules, List<RiskFlag> riskFlags,
        List<TechnicalIssue> issues, Activity activity, boolean mayMarkRead, ShownDigest digest,
        DataSummary dataSummary, ReminderSchedule reminders) {

    /** The most recent rows of each kind, newest first, at most {@link PatientPage#ROWS_SHOWN} each. */
    public record Activity(List<DiaryEntry> diary, List<PatientMessage> messages, List<Login> logins,
            List<NotificationEvent> notifications) {
    }

    public List<RiskFlag> openFlags() {
        return riskFlags.stream().filter(RiskFlag::open).toList();
    }

    public List<RiskFlag> reviewedFlags() {
        return riskFlags.stream().filter(flag -> !flag.open()).toList();
    }
}
