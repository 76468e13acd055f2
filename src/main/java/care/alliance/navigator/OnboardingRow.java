package care.alliance.navigator;

/** A patient of the navigator's service with an open episode who is not yet ready for blended sessions. */
public record OnboardingRow(long patientId, String patientName, String programmeId, int stepsDone) {
}
