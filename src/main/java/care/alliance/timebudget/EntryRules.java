package care.alliance.timebudget;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import care.alliance.patients.PatientService;
import care.alliance.security.StaffIdentity;
import care.alliance.timebudget.internal.ServiceZone;

/**
 * What a ledger entry (a manual one, or the PWP's correction of a captured one) must satisfy, with the
 * message a PWP reads when it does not. A patient named by an entry goes through
 * {@link PatientService#requireAccess}, the one scope check (H02), audited under the ledger action's
 * name (H13).
 */
@Component
class EntryRules {

    private final PatientService patients;
    private final ServiceZone zones;
    private final Clock clock;

    EntryRules(PatientService patients, ServiceZone zones, Clock clock) {
        this.patients = patients;
        this.zones = zones;
        this.clock = clock;
    }

    /** Refuses a bad entry; returns its note, trimmed (null when blank). */
    String check(StaffIdentity me, NewTimeEntry entry, String action) {
        if (entry == null || entry.kind() == null) {
            throw new IllegalArgumentException("Choose what the time was spent on.");
        }
        if (entry.workDate() == null) {
            throw new IllegalArgumentException("Choose the day the time was spent.");
        }
        minutes(entry.minutes());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zones.of(me.serviceId()));
        if (entry.workDate().isAfter(today.plusDays(TimeLedger.DAYS_AHEAD))) {
            throw new IllegalArgumentException("The day is more than " + TimeLedger.DAYS_AHEAD + " days ahead.");
        }
        if (entry.workDate().isBefore(today.minusDays(TimeLedger.DAYS_BACK))) {
            throw new IllegalArgumentException("The day is more than " + TimeLedger.DAYS_BACK
                    + " days ago; ask your manager.");
        }
        if (entry.kind().needsPatient() && entry.patientId() == null) {
            throw new IllegalArgumentException("Choose the patient this " + entry.kind().label().toLowerCase()
                    + " was for.");
        }
        if (!entry.kind().allowsPatient() && entry.patientId() != null) {
            throw new IllegalArgumentException(entry.kind().label() + " is not recorded against a patient.");
        }
        String note = note(entry.note());
        if (entry.patientId() != null) {
            patients.requireAccess(entry.patientId(), action);
        }
        return note;
    }

    static void minutes(int minutes) {
        if (minutes < 1 || minutes > TimeLedger.MAX_MINUTES) {
            throw new IllegalArgumentException("Minutes must be between 1 and " + TimeLedger.MAX_MINUTES
                    + " (12 hours).");
        }
    }

    static String note(String text) {
        String note = text == null || text.isBlank() ? null : text.strip();
        if (note != null && note.length() > TimeLedger.MAX_NOTE) {
            throw new IllegalArgumentException("The note is too long: at most " + TimeLedger.MAX_NOTE + " characters.");
        }
        return note;
    }
}
