package care.alliance.timebudget;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.security.StaffSummary;
import care.alliance.timebudget.internal.ServiceZone;
import care.alliance.timebudget.internal.TimeEntryTable;

/**
 * The PWP's time ledger (issue #7): their entries per week; AUTO entries to confirm, correct (with a
 * reason; the captured minutes are kept) or reject; MANUAL entries to add, edit and delete. A PWP
 * touches only their own entries; the managers of the PWP's service read them; nobody else. Every
 * change is audited, and so is every read of entries that name a patient (one row per patient named,
 * H13). Changes name the version the caller read: a save from a stale tab is refused with a
 * {@link LedgerConflictException} and changes nothing.
 */
@Service
public class TimeLedger {

    public static final int MAX_NOTE = 500;
    public static final int MAX_MINUTES = 720;
    /** Manual entries: planned a week ahead at most, and filled in within about three months. */
    public static final int DAYS_AHEAD = 7;
    public static final int DAYS_BACK = 90;

    private final TimeEntryTable entries;
    private final EntryRules rules;
    private final CurrentUser currentUser;
    private final ManagerScope managers;
    private final ServiceZone zones;
    private final AuditLog audit;
    private final Clock clock;

    TimeLedger(TimeEntryTable entries, EntryRules rules, CurrentUser currentUser, ManagerScope managers,
            ServiceZone zones, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.rules = rules;
        this.currentUser = currentUser;
        this.managers = managers;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    /** My entries in the service week (Monday to Sunday) containing {@code day}. */
    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public List<TimeEntry> myWeek(LocalDate day) {
        StaffIdentity me = currentUser.require();
        return week(me, me.id(), me.username(), day);
    }

    /** A PWP's entries for the week containing {@code day}: managers of the PWP's own service only. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<TimeEntry> weekOf(long pwpId, LocalDate day) {
        StaffIdentity me = currentUser.require();
        StaffSummary pwp = managers.requirePwpOfMyService(me, pwpId, "TIME_LEDGER_READ");
        return week(me, pwpId, pwp.username(), day);
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public TimeEntry confirm(long entryId, int version) {
        StaffIdentity me = currentUser.require();
        TimeEntry entry = mine(me, entryId, "TIME_ENTRY_CONFIRM");
        if (entries.confirm(entryId, me.id(), version, clock.instant()) == 0) {
            throw refusal(entryId, version, "Only a proposed or rejected entry can be confirmed.");
        }
        return changed(me, entry, "TIME_ENTRY_CONFIRM", entry.capturedMinutes() + " min confirmed");
    }

    /** The PWP's own minutes for an AUTO entry; the captured minutes stay beside them. */
    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public TimeEntry correct(long entryId, int version, int minutes, String reason) {
        EntryRules.minutes(minutes);
        String why = EntryRules.note(reason);
        if (why == null) {
            throw new IllegalArgumentException("Say why the minutes differ from what was captured.");
        }
        StaffIdentity me = currentUser.require();
        TimeEntry entry = mine(me, entryId, "TIME_ENTRY_CORRECT");
        if (entries.correct(entryId, me.id(), version, minutes, why, clock.instant()) == 0) {
            throw refusal(entryId, version, "A rejected entry cannot be corrected; confirm it first.");
        }
        return changed(me, entry, "TIME_ENTRY_CORRECT", entry.capturedMinutes() + " -> " + minutes + " min");
    }

    /** The time was not spent (or not on this): the entry stays in the ledger but counts nowhere. */
    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public TimeEntry reject(long entryId, int version, String reason) {
        String why = EntryRules.note(reason);
        StaffIdentity me = currentUser.require();
        TimeEntry entry = mine(me, entryId, "TIME_ENTRY_REJECT");
        if (entries.reject(entryId, me.id(), version, why, clock.instant()) == 0) {
            throw refusal(entryId, version, "Only an automatically captured entry can be rejected, and only once.");
        }
        return changed(me, entry, "TIME_ENTRY_REJECT", entry.minutes() + " min rejected");
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public TimeEntry add(NewTimeEntry entry) {
        StaffIdentity me = currentUser.require();
        String note = rules.check(me, entry, "TIME_ENTRY_ADD");
        long id = entries.insertManual(me.id(), entry, note, clock.instant());
        TimeEntry added = entries.byId(id).orElseThrow();
        audit.record(me.username(), me.role().name(), added.patientId(), "TIME_ENTRY_ADD", describe(added),
                AuditOutcome.ALLOWED);
        return added;
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public TimeEntry edit(long entryId, int version, NewTimeEntry entry) {
        StaffIdentity me = currentUser.require();
        TimeEntry before = mine(me, entryId, "TIME_ENTRY_EDIT");
        String note = rules.check(me, entry, "TIME_ENTRY_EDIT");
        if (entries.editManual(entryId, me.id(), version, entry, note, clock.instant()) == 0) {
            throw refusal(entryId, version, "Only a manual entry can be edited; confirm or correct a captured one.");
        }
        return changed(me, before, "TIME_ENTRY_EDIT", "was " + describe(before));
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public void delete(long entryId, int version) {
        StaffIdentity me = currentUser.require();
        TimeEntry entry = mine(me, entryId, "TIME_ENTRY_DELETE");
        if (entries.deleteManual(entryId, me.id(), version) == 0) {
            throw refusal(entryId, version, "Only a manual entry can be deleted; reject a captured one.");
        }
        audit.record(me.username(), me.role().name(), entry.patientId(), "TIME_ENTRY_DELETE", describe(entry),
                AuditOutcome.ALLOWED);
    }

    private List<TimeEntry> week(StaffIdentity reader, long pwpId, String pwpName, LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("Choose a week.");
        }
        ServiceWeek week = ServiceWeek.containing(day, zones.of(reader.serviceId()));
        List<TimeEntry> found = entries.between(pwpId, week.monday(), week.sunday());
        String detail = "ledger of " + pwpName + ", week of " + week.monday();
        List<Long> named = found.stream().map(TimeEntry::patientId).filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            audit.record(reader.username(), reader.role().name(), null, "TIME_LEDGER_READ", detail,
                    AuditOutcome.ALLOWED);
        }
        for (Long patient : named) {
            audit.record(reader.username(), reader.role().name(), patient, "TIME_LEDGER_READ", detail,
                    AuditOutcome.ALLOWED);
        }
        return found;
    }

    /** "Missing" and "someone else's" get the same refusal, audited: no probing for entry ids. */
    private TimeEntry mine(StaffIdentity me, long entryId, String action) {
        TimeEntry entry = entries.byId(entryId).orElse(null);
        if (entry == null || entry.pwpId() != me.id()) {
            audit.record(me.username(), me.role().name(), null, action, "entry " + entryId, AuditOutcome.DENIED);
            throw new AccessDeniedException("You do not have access to this entry");
        }
        return entry;
    }

    /** Why a conditional change changed nothing: a newer version (another tab) or the wrong state. */
    private RuntimeException refusal(long entryId, int version, String wrongState) {
        TimeEntry now = entries.byId(entryId).orElse(null);
        if (now == null) {
            return new LedgerConflictException("This entry was deleted in another tab or window. Nothing was changed.");
        }
        if (now.version() != version) {
            // another tab, or the appointment's outcome was corrected meanwhile (capture bumps the version)
            return new LedgerConflictException("This entry was changed since you opened it, in another tab or window"
                    + " or by a corrected appointment (it now reads " + now.minutes() + " min). Reload it; nothing"
                    + " was changed.");
        }
        return new IllegalArgumentException(wrongState);
    }

    private TimeEntry changed(StaffIdentity me, TimeEntry before, String action, String detail) {
        audit.record(me.username(), me.role().name(), before.patientId(), action, "entry " + before.id() + ": " + detail,
                AuditOutcome.ALLOWED);
        return entries.byId(before.id()).orElseThrow();
    }

    private static String describe(TimeEntry entry) {
        return entry.kind() + " " + entry.minutes() + " min on " + entry.workDate();
    }
}
