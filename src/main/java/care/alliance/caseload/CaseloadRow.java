package care.alliance.caseload;

import java.time.Instant;

import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.AppointmentKind;
import care.alliance.patients.EpisodeStage;

/**
 * One open episode on a PWP's caseload. {@code phq9}/{@code gad7} are {@code null} without a score,
 * {@code nextAppointmentAt}/{@code Kind} without a booking.
 *
 * @param moodDays        of the last {@link CaseloadService#MOOD_DAYS} complete local days, those with a mood rating
 * @param coreModulesDone mandatory modules completed (100%), out of {@link CaseloadService#CORE_MODULES}
 * @param onboardingDone  onboarding steps the navigator has ticked, out of {@link #ONBOARDING_STEPS}
 * @param blendedReady    the navigator marked the patient ready for blended sessions (checklist complete)
 */
public record CaseloadRow(long patientId, String displayName, String programmeId, EpisodeStage stage,
        Instant nextAppointmentAt, AppointmentKind nextAppointmentKind, LatestScore phq9, LatestScore gad7,
        LiveStatus status, int moodDays, int coreModulesDone, int openIssues, int unreadMessages,
        int openRiskFlags, int onboardingDone, boolean blendedReady) {

    /** The seven steps of the navigator's onboarding checklist (clinical.md §5). */
    public static final int ONBOARDING_STEPS = 7;

    public boolean hasOpenRiskFlag() {
        return openRiskFlags > 0;
    }
}
