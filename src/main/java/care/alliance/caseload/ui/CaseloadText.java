package care.alliance.caseload.ui;

import java.time.Instant;
import java.util.Locale;

import care.alliance.caseload.CaseloadRow;
import care.alliance.caseload.CaseloadService;
import care.alliance.caseload.LatestScore;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.Severity;
import care.alliance.patients.AppointmentKind;
import care.alliance.shared.ui.DisplayTime;

/** How caseload and supervision figures read on screen: words and numbers, never colour alone. */
final class CaseloadText {

    static final String NONE = "–";

    private CaseloadText() {
    }

    /** e.g. "14 moderate · −4 since first"; one score says so rather than showing a change of 0. */
    static String score(LatestScore score) {
        if (score == null) {
            return "No score yet";
        }
        String latest = score.total() + " " + severity(score.severity());
        Integer change = score.changeSinceFirst();
        if (change == null) {
            return latest + " · one score so far";
        }
        String signed = change == 0 ? "no change" : (change < 0 ? "−" + -change : "+" + change);
        return latest + " · " + signed + " since first";
    }

    static String severity(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String status(LiveStatus status) {
        return status == null ? NONE : status.label();
    }

    /** London date and time, then what kind of appointment. */
    static String appointment(Instant start, AppointmentKind kind) {
        return start == null ? "None booked" : DisplayTime.dateTime(start) + " · " + kind.label();
    }

    static String moodDays(int days) {
        return days + "/" + CaseloadService.MOOD_DAYS + " days";
    }

    static String coreModules(int done) {
        return done + "/" + CaseloadService.CORE_MODULES + " core";
    }

    /** The navigator's onboarding checklist: "Ready" once they marked it complete, else how far it is. */
    static String blended(CaseloadRow row) {
        return row.blendedReady() ? "Ready" : "Onboarding " + row.onboardingDone() + "/" + CaseloadRow.ONBOARDING_STEPS;
    }

    static String count(int count, String what) {
        return count == 0 ? NONE : count + " " + what;
    }

    static String firstToLatest(Integer first, Integer latest) {
        return latest == null ? NONE : first + " → " + latest;
    }

    static String patients(int count) {
        return count == 1 ? "1 patient" : count + " patients";
    }
}
