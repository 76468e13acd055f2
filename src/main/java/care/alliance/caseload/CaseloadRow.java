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
 */
public record CaseloadRow(long patientId, String displayName, String programmeId, EpisodeStage stage,
        Instant nextAppointmentAt, AppointmentKind nextAppointmentKind, LatestScore phq9, LatestScore gad7,
        LiveStatus status, int moodDays, int coreModulesDone, int openIssues, int unreadMessages,
        int openRiskFlags) {

    public boolean hasOpenRiskFlag() {
        return openRiskFlags > 0;
    }
}
