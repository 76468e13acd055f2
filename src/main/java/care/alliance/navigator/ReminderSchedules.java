package care.alliance.navigator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.navigator.internal.ScheduleTable;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.shared.ui.DisplayTime;

/**
 * The reminder schedule a navigator agrees with a patient, versioned: a change writes version n + 1 and
 * never touches version n, so the history shows who changed what, when and why. Every read and change
 * goes through {@link PatientService#requireAccess} (scoped to the caller's service or the patient's
 * PWP, audited allowed or denied: H02, H13). Only navigators change it; the PWP and the manager read it.
 * A change names the version it was based on; if someone saved another version meanwhile, nothing is
 * written and the caller is told who, so two navigators cannot silently overwrite each other.
 */
@Service
public class ReminderSchedules {

    private final ScheduleTable table;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReminderSchedules(ScheduleTable table, PatientService patients, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.table = table;
        this.patients = patients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The version in force, or version 0 ("not agreed yet") with no reminders. */
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public ReminderSchedule current(long patientId) {
        patients.requireAccess(patientId, "REMINDER_SCHEDULE_READ");
        return of(table.versions(patientId).getFirst());
    }

    /** Every version, newest first; empty if none was agreed. */
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<ReminderSchedule> history(long patientId) {
        patients.requireAccess(patientId, "REMINDER_SCHEDULE_HISTORY");
        return table.versions(patientId).stream().filter(row -> row.version() > 0).map(ReminderSchedules::of).toList();
    }

    /** Checks a draft without saving it, so the editor can show each problem before asking to confirm. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    public void check(ScheduleDraft draft, java.time.ZoneId zone) {
        ScheduleRules.check(draft, LocalDate.now(clock.withZone(zone)));
    }

    /**
     * Saves {@code draft} as version {@code expectedVersion + 1}.
     *
     * @throws ScheduleInvalid            naming each problem and its field; nothing is written
     * @throws ScheduleConflictException  if the schedule is no longer at {@code expectedVersion}
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional
    public ReminderSchedule change(long patientId, int expectedVersion, ScheduleDraft draft) {
        patients.requireAccess(patientId, "REMINDER_SCHEDULE_CHANGE");
        ScheduleTable.Row current = table.versions(patientId).getFirst();
        LocalDate today = LocalDate.now(clock.withZone(current.zone()));
        ScheduleRules.check(draft, today);
        if (current.version() != expectedVersion) {
            throw conflict(current);
        }
        try {
            table.insert(patientId, expectedVersion + 1, draft.reminders(), draft.days(), draft.quietHours(),
                    draft.paused(), draft.paused() ? draft.pausedUntil() : null,
                    draft.paused() ? draft.pauseReason().strip() : null, currentUser.require().id(), clock.instant(),
                    draft.reason().strip());
        } catch (DuplicateKeyException lostTheRace) {
            // the unique (patient, version) key decided between two saves of the same version; the winner's
            // row is not in this transaction's snapshot, so it cannot be named here
            throw new ScheduleConflictException("Another navigator saved version " + (expectedVersion + 1)
                    + " of this schedule at the same moment. Nothing was saved: reload it and make your change again.");
        }
        events.publishEvent(new ReminderScheduleChanged(patientId, expectedVersion + 1));
        return of(table.versions(patientId).getFirst());
    }

    private static ScheduleConflictException conflict(ScheduleTable.Row current) {
        if (current.version() == 0) {
            return new ScheduleConflictException("No schedule has been agreed for this patient yet. Nothing was"
                    + " saved: reload and make your change again.");
        }
        return new ScheduleConflictException("The schedule was changed by " + current.changedBy() + " on "
                + DisplayTime.dateTime(current.changedAt()) + " (now version " + current.version()
                + ") while you were editing. Nothing was saved: reload it and make your change again.");
    }

    static ReminderSchedule of(ScheduleTable.Row row) {
        if (row.version() == 0) {
            return ReminderSchedule.notAgreed(row.patientId(), row.zone());
        }
        return new ReminderSchedule(row.patientId(), row.version(), row.reminders(), row.days(), row.quietHours(),
                row.paused(), row.pausedUntil(), row.pauseReason(), row.changedBy(), row.changedAt(), row.reason(),
                row.zone());
    }
}
