package care.alliance.navigator;

import org.springframework.stereotype.Component;

import care.alliance.navigator.internal.ScheduleTable;

/**
 * The schedule in force as read by the patient page, which has already scoped and audited its patient read
 * (the page's one PATIENT_READ, H02, H13): not a security boundary, like {@link DataSummaryRecords}. Anyone
 * else reads it through {@link ReminderSchedules#current}, which checks and audits on its own.
 */
@Component
public class ReminderScheduleRecords {

    private final ScheduleTable table;

    ReminderScheduleRecords(ScheduleTable table) {
        this.table = table;
    }

    /** The version in force, or version 0 ("not agreed yet"); one statement. */
    public ReminderSchedule current(long patientId) {
        return ReminderSchedules.of(table.versions(patientId).getFirst());
    }
}
