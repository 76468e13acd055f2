package care.alliance.navigator;

/** A new version of a patient's reminder schedule was saved. Ids only, like every event. */
public record ReminderScheduleChanged(long patientId, int version) {
}
