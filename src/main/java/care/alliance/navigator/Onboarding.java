package care.alliance.navigator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.navigator.internal.OnboardingTable;
import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.shared.ui.DisplayTime;

/**
 * The navigator's onboarding checklist (clinical.md §5). Every patient read or write goes through
 * {@link PatientService#requireAccess}, which scopes it (navigators: their own service) and audits it
 * (H02, H13). Only navigators tick, untick and mark ready; the patient's PWP and the manager may read
 * the checklist. "Ready for blended sessions" is set only when all seven steps are ticked, and
 * unticking a step of a ready patient removes the mark: "ready" always means a complete checklist, so
 * the PWP's caseload never shows "Ready" for a patient whose onboarding has a gap.
 */
@Service
public class Onboarding {

    /** The note column's size (V11). */
    public static final int MAX_NOTE = 1000;
    static final int MAX_PAGE = 500;

    private final OnboardingTable table;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    Onboarding(OnboardingTable table, PatientService patients, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.table = table;
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public OnboardingChecklist checklist(long patientId) {
        PatientRecord patient = patients.requireAccess(patientId, "ONBOARDING_READ");
        OnboardingTable.Ready ready = table.ready(patientId);
        return new OnboardingChecklist(patient.id(), patient.displayName(), patient.programmeId(),
                table.items(patientId), ready == null ? null : ready.by(), ready == null ? null : ready.at());
    }

    /**
     * Ticks a step, or updates its note if it is ticked already. The digital-skills step needs a note
     * saying what was found (e.g. "needs help with passwords; daughter helps").
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional
    public void tick(long patientId, OnboardingStep step, String note) {
        required(step);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && step.needsNote()) {
            throw new IllegalArgumentException("Note the patient's digital-skills needs before ticking this step"
                    + " (\"none\" if there are none).");
        }
        if (text != null && text.length() > MAX_NOTE) {
            throw new IllegalArgumentException("The note is too long: at most " + MAX_NOTE + " characters.");
        }
        patients.requireAccess(patientId, "ONBOARDING_TICK");
        table.tick(patientId, step, currentUser.require().id(), clock.instant(), text);
    }

    /**
     * Unticks a step. If the patient was marked ready, the mark goes too (returns {@code true}): the
     * checklist must be complete again before the patient is ready.
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional
    public boolean untick(long patientId, OnboardingStep step) {
        required(step);
        patients.requireAccess(patientId, "ONBOARDING_UNTICK");
        if (table.untick(patientId, step) == 0) {
            throw new IllegalArgumentException("\"" + step.label() + "\" is not ticked. Nothing was changed.");
        }
        return table.clearReady(patientId) > 0;
    }

    /** Refused, naming what is missing, unless all seven steps are ticked; refused if already ready. */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional
    public void markReady(long patientId) {
        patients.requireAccess(patientId, "ONBOARDING_READY");
        StaffIdentity me = currentUser.require();
        Instant now = clock.instant();
        if (table.markReady(patientId, me.id(), now) == 1) {
            return;
        }
        OnboardingTable.Ready ready = table.ready(patientId);
        if (ready != null) {
            throw new IllegalArgumentException("Already marked ready by " + ready.by() + " on "
                    + DisplayTime.dateTime(ready.at()) + ".");
        }
        List<OnboardingItem> items = table.items(patientId);
        throw new IllegalArgumentException("Not ready yet: tick every step first. Missing: "
                + items.stream().filter(item -> !item.ticked()).map(item -> item.step().label())
                        .collect(Collectors.joining(", ")) + ".");
    }

    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public int countNotReady() {
        return table.countNotReady(currentUser.require().serviceId());
    }

    /**
     * Patients of my service with an open episode who are not yet ready, fewest steps done first. One
     * audit row per page, naming no patient (H13); opening a checklist is the audited patient read.
     */
    @PreAuthorize("hasRole('NAVIGATOR')")
    @Transactional(readOnly = true)
    public List<OnboardingRow> pageNotReady(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + MAX_PAGE);
        }
        StaffIdentity user = currentUser.require();
        List<OnboardingRow> rows = table.pageNotReady(user.serviceId(), offset, limit);
        audit.record(user.username(), user.role().name(), null, "ONBOARDING_LIST",
                rows.size() + " patients listed from " + offset, AuditOutcome.ALLOWED);
        return rows;
    }

    private static void required(OnboardingStep step) {
        if (step == null) {
            throw new IllegalArgumentException("Choose a step.");
        }
    }
}
