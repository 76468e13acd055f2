package care.alliance.caseload;

import org.springframework.stereotype.Component;

import care.alliance.navigator.DataSummaryRecords;
import care.alliance.navigator.ReminderScheduleRecords;
import care.alliance.navigator.TechnicalIssueHistory;
import care.alliance.programme.MessageRecords;
import care.alliance.programme.ModuleProgressHistory;
import care.alliance.programme.MoodHistory;
import care.alliance.programme.ProgrammeActivity;
import care.alliance.programme.QuestionnaireHistory;
import care.alliance.programme.RiskFlagRecords;

/**
 * The plain reads behind {@link PatientPage}, grouped so the service's constructor stays readable.
 * None of them is a security boundary: the page calls them only after its scoped, audited read.
 */
@Component
class PatientPageReads {

    final QuestionnaireHistory questionnaires;
    final MoodHistory moods;
    final ModuleProgressHistory modules;
    final RiskFlagRecords riskFlags;
    final TechnicalIssueHistory issues;
    final ProgrammeActivity activity;
    final MessageRecords messages;
    final DataSummaryRecords summaries;
    final ReminderScheduleRecords reminders;

    PatientPageReads(QuestionnaireHistory questionnaires, MoodHistory moods, ModuleProgressHistory modules,
            RiskFlagRecords riskFlags, TechnicalIssueHistory issues, ProgrammeActivity activity,
            MessageRecords messages, DataSummaryRecords summaries, ReminderScheduleRecords reminders) {
        this.questionnaires = questionnaires;
        this.moods = moods;
        this.modules = modules;
        this.riskFlags = riskFlags;
        this.issues = issues;
        this.activity = activity;
        this.messages = messages;
        this.summaries = summaries;
        this.reminders = reminders;
    }
}
