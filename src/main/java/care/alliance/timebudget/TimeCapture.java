package care.alliance.timebudget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.timebudget.internal.ServiceZone;
import care.alliance.timebudget.internal.TimeEntryTable;

/**
 * Active time a PWP spends on one of their patients' pages or digests, measured by {@link ActiveTime}
 * and proposed as a DIGEST_REVIEW entry for them to confirm. Called by the PWP's own session (the page
 * reports its visit), so only a PWP, only for their own patient (H02, audited by
 * {@link PatientService#requireAccess}). One entry per visit, keyed by the visit's id: the page may
 * report a visit again as it goes on (so a closed laptop still leaves a record), and a still-proposed
 * entry follows the longer measure; once the PWP has confirmed, corrected or rejected it, it stays.
 * Visits are kept separate, not summed per patient and day: each is one fact the PWP can judge, and a
 * sum would have to be recomputed whenever one of its visits is rejected.
 */
@Service
public class TimeCapture {

    /** Slack for the page's and the server's clocks: a visit may end this much "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private final TimeEntryTable entries;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final ServiceZone zones;
    private final Clock clock;
    private final ActiveTime activeTime = ActiveTime.defaults();

    TimeCapture(TimeEntryTable entries, PatientService patients, CurrentUser currentUser, ServiceZone zones,
            Clock clock) {
        this.entries = entries;
        this.patients = patients;
        this.currentUser = currentUser;
        this.zones = zones;
        this.clock = clock;
    }

    /**
     * Records a visit's active minutes; empty when the visit had less than a minute of activity (nothing
     * is stored). Refuses, storing nothing, an end before the start, activity outside the visit, more
     * than {@value ActiveTime#MAX_ACTIVITY} moments, a visit over 12 hours or one ending in the future.
     */
    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public Optional<TimeEntry> recordVisit(long patientId, VisitSurface surface, UUID visitId, Instant start,
            Instant end, List<Instant> activity) {
        if (surface == null || visitId == null) {
            throw new IllegalArgumentException("A visit needs its surface and its id.");
        }
        int minutes = activeTime.minutes(start, end, activity);
        Instant now = clock.instant();
        if (end.isAfter(now.plus(CLOCK_SKEW))) {
            throw new IllegalArgumentException("The visit ends in the future.");
        }
        PatientRecord patient = patients.requireAccess(patientId, "TIME_VISIT_RECORD");
        StaffIdentity me = currentUser.require();
        String key = "visit:" + visitId;
        Optional<TimeEntry> existing = entries.byOrigin(key);
        if (existing.isPresent() && (existing.get().pwpId() != me.id()
                || !Long.valueOf(patientId).equals(existing.get().patientId()))) {
            throw new IllegalArgumentException("This visit id belongs to another visit.");
        }
        if (minutes == 0) {
            return existing;
        }
        if (existing.isPresent()) {
            entries.remeasureVisit(existing.get().id(), me.id(), minutes, now);
        } else {
            LocalDate day = start.atZone(zones.of(patient.serviceId())).toLocalDate();
            entries.insertVisit(me.id(), patientId, day, minutes, key, "Active on the " + surface.label(), now);
        }
        return entries.byOrigin(key);
    }
}
