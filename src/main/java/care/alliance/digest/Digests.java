package care.alliance.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.digest.internal.DigestInboxTable;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.shared.web.ApiException;

/**
 * Reads of stored digests, exactly as built. Staff are scoped and audited by
 * {@link PatientService#requireAccess} (H02, H13); the API is audited as the integration. Every read
 * goes through {@link DigestRecords}, which refuses a digest not stored under its appointment's patient.
 */
@Service
public class Digests {

    /** The inbox shows today's sessions still to come and the next week's. */
    public static final Duration INBOX_DAYS = Duration.ofDays(8);

    private final DigestRecords records;
    private final DigestInboxTable inboxTable;
    private final AppointmentRecords appointments;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    Digests(DigestRecords records, DigestInboxTable inboxTable, AppointmentRecords appointments,
            PatientService patients, CurrentUser currentUser, AuditLog audit, Clock clock,
            @Value("${alliance.digest.zone:Europe/London}") ZoneId zone) {
        this.records = records;
        this.inboxTable = inboxTable;
        this.appointments = appointments;
        this.patients = patients;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The PWP's digest inbox: BOOKED appointments from the start of today (the service's zone) for
     * {@link #INBOX_DAYS}, unread digests first, then by start. One statement and one audit row for the
     * list, like the caseload: it names patients and times but no clinical content (opening one is the
     * audited patient read).
     */
    @PreAuthorize("hasRole('PWP')")
    @Transactional
    public List<DigestInboxRow> inbox() {
        StaffIdentity user = currentUser.require();
        ZonedDateTime today = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone);
        Instant from = today.toInstant();
        Instant to = today.toLocalDate().plusDays(INBOX_DAYS.toDays()).atStartOfDay(zone).toInstant();
        List<DigestInboxRow> rows = inboxTable.inbox(user.id(), user.id(), from, to);
        audit.record(user.username(), user.role().name(), null, "DIGEST_INBOX_LIST",
                rows.size() + " appointment(s) from " + from, AuditOutcome.ALLOWED);
        return rows.stream().sorted(Comparator.comparing((DigestInboxRow row) -> !row.unread())
                .thenComparing(DigestInboxRow::start).thenComparingLong(DigestInboxRow::appointmentId)).toList();
    }

    /**
     * Opens an appointment's latest digest: a patient read (scoped and audited as DIGEST_READ), which
     * marks that version read for the reader, with the stale marker's data (H06).
     */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional
    public DigestPage open(long appointmentId) {
        StaffIdentity user = currentUser.require();
        AppointmentRef appointment = appointments.byId(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this patient"));
        patients.requireAccess(appointment.patientId(), "DIGEST_READ");
        Optional<StoredDigest> digest = records.latestForAppointment(appointmentId);
        digest.ifPresent(d -> inboxTable.markRead(user.id(), appointmentId, d.version(), clock.instant()));
        DigestInboxRow row = inboxTable.appointment(appointmentId, user.id()).orElseThrow();
        Instant arrived = inboxTable.newestArrival(appointment.patientId()).orElse(null);
        return new DigestPage(row, digest.map(d -> new ShownDigest(d, arrived)).orElse(null));
    }

    /** api.md: the latest digest of the appointment with this external id; 404 when none. */
    @PreAuthorize("hasAuthority('SCOPE_digests:read')")
    @Transactional(readOnly = true)
    public StoredDigest forIntegration(String appointmentExternalId) {
        AppointmentRef appointment = appointments.byExternalId(appointmentExternalId)
                .orElseThrow(() -> ApiException.notFound("No appointment with this id."));
        audit.record(currentUser.requireApiClient().auditName(), "INTEGRATION", appointment.patientId(),
                "DIGEST_READ", appointmentExternalId, AuditOutcome.ALLOWED);
        return records.latestForAppointment(appointment.id())
                .orElseThrow(() -> ApiException.notFound("No digest has been built for this appointment yet."));
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForAppointment(long appointmentId) {
        AppointmentRef appointment = appointments.byId(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("You do not have access to this patient"));
        patients.requireAccess(appointment.patientId(), "DIGEST_READ");
        return records.latestForAppointment(appointmentId);
    }

    /** The patient's newest digest, for the patient page; empty when none has been built. */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<StoredDigest> latestForPatient(long patientId) {
        patients.requireAccess(patientId, "DIGEST_READ");
        return records.latestForPatient(patientId);
    }
}
