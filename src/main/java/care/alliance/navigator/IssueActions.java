package care.alliance.navigator;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.navigator.internal.IssueTable;
import care.alliance.patients.PatientRecord;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.shared.ui.DisplayTime;

/**
 * What a navigator does to an issue in their service's queue. Input is validated before anything is
 * read or written; the issue's patient is scoped and the attempt audited (H02, H13); each action writes
 * a line in the issue's history, so the history tells who did what. Two navigators acting at once: every
 * write is conditional on the issue still being unresolved (and, for take/release, on who holds it), so
 * the later one changes nothing and gets an {@link IssueConflictException} saying what happened.
 * Only navigators: a PWP hands problems over ({@link TechnicalIssues#report}) but does not work the queue.
 */
@Service
public class IssueActions {

    /** Leaves room in a history line (2,000 characters) for who did it. */
    public static final int MAX_TEXT = 1500;
    static final Set<IssueStatus> SETTABLE = Set.of(IssueStatus.OPEN, IssueStatus.IN_PROGRESS,
            IssueStatus.WAITING_ON_PATIENT);

    private final IssueTable table;
    private final IssueAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueActions(IssueTable table, IssueAccess access, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.table = table;
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Assign to me; an OPEN issue becomes IN_PROGRESS. Someone else's issue must be released first. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void take(long issueId) {
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_TAKE");
        StaffIdentity me = currentUser.require();
        Instant now = clock.instant();
        if (table.take(issueId, me.id(), now) == 0) {
            throw conflict(issueId);
        }
        done(issueId, patient, me, now, "Taken by " + me.displayName());
    }

    /** Back to the queue unassigned; a colleague may release an issue for someone who is away. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void release(long issueId) {
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_RELEASE");
        StaffIdentity me = currentUser.require();
        IssueTable.State state = table.state(issueId);
        if (state.status() == IssueStatus.RESOLVED) {
            throw conflict(issueId);
        }
        if (state.assigneeId() == null) {
            throw new IssueConflictException("Nobody has taken this issue.");
        }
        Instant now = clock.instant();
        if (table.release(issueId, state.assigneeId(), now) == 0) {
            throw conflict(issueId);
        }
        done(issueId, patient, me, now, state.assigneeId() == me.id() ? "Released by " + me.displayName()
                : "Released by " + me.displayName() + " (was with " + state.assignee() + ")");
    }

    /** OPEN, IN_PROGRESS or WAITING_ON_PATIENT; resolving needs {@link #resolve} and its resolution. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void setStatus(long issueId, IssueStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("Choose a status.");
        }
        if (!SETTABLE.contains(status)) {
            throw new IllegalArgumentException("To resolve an issue, use Resolve and say how it was resolved.");
        }
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_STATUS");
        StaffIdentity me = currentUser.require();
        Instant now = clock.instant();
        if (table.status(issueId, status, now) == 0) {
            IssueTable.State state = table.state(issueId);
            if (state.status() == status) {
                throw new IssueConflictException("The issue is already \"" + status.label() + "\".");
            }
            throw conflict(issueId);
        }
        done(issueId, patient, me, now, "Status set to \"" + status.label() + "\" by " + me.displayName());
    }

    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void addNote(long issueId, String text) {
        String note = text("Write the note first.", "The note", text);
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_NOTE");
        StaffIdentity me = currentUser.require();
        Instant now = clock.instant();
        if (table.touch(issueId, now) == 0) {
            throw conflict(issueId);
        }
        done(issueId, patient, me, now, "Note by " + me.displayName() + ": " + note);
    }

    /** Closes the issue with what was done, which the reporting PWP reads on the patient page. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void resolve(long issueId, String resolution) {
        String text = text("Say how the issue was resolved.", "The resolution", resolution);
        PatientRecord patient = access.require(issueId, "TECH_ISSUE_RESOLVE");
        StaffIdentity me = currentUser.require();
        Instant now = clock.instant();
        if (table.resolve(issueId, text, now) == 0) {
            throw conflict(issueId);
        }
        done(issueId, patient, me, now, "Resolved by " + me.displayName() + ": " + text);
    }

    private void done(long issueId, PatientRecord patient, StaffIdentity me, Instant now, String line) {
        table.note(issueId, me.id(), now, line);
        events.publishEvent(new TechnicalIssueUpdated(issueId, patient.id()));
    }

    /** Nothing was changed: say what the other navigator did. */
    private IssueConflictException conflict(long issueId) {
        IssueTable.State state = table.state(issueId);
        if (state.status() == IssueStatus.RESOLVED) {
            return new IssueConflictException("This issue was already resolved"
                    + (state.resolvedBy() == null ? "" : " by " + state.resolvedBy()) + " on "
                    + DisplayTime.dateTime(state.resolvedAt()) + ". Nothing was changed.");
        }
        return new IssueConflictException(state.assignee() == null
                ? "Someone changed this issue just now. Nothing was changed; look at it again."
                : "This issue has already been taken by " + state.assignee() + ". Nothing was changed.");
    }

    private static String text(String missing, String what, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(missing);
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException(what + " is too long: at most " + MAX_TEXT + " characters.");
        }
        return text;
    }
}
