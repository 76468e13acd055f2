package care.alliance.navigator;

import java.time.LocalDate;

/**
 * One day (service zone) of a patient's reminders. {@code expected} comes from the schedule version in
 * force that day, or, before any schedule was agreed, from the reminders the programme reported as
 * scheduled ({@code expectedFromProgramme}). Reminder counts leave out message alerts, which follow
 * messages rather than a schedule; {@code alerts} counts those delivered.
 *
 * @param delivered  distinct reminders with at least one delivery
 * @param deliveries delivery events in total
 * @param duplicates deliveries beyond the first of the same reminder
 * @param opened     distinct reminders opened
 */
public record NotificationHealthDay(LocalDate date, int expected, boolean expectedFromProgramme, int delivered,
        int deliveries, int duplicates, int opened, int alerts) {

    /** Reminders were due and none arrived: the device or the programme may be failing the patient. */
    public boolean silent() {
        return expected > 0 && delivered == 0;
    }
}
