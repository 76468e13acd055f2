package care.alliance.digest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.digest.DigestContent;
import care.alliance.digest.StoredDigest;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;

/**
 * Builds and stores a digest for an appointment. Not a security boundary and deliberately not a
 * {@code @Service}: no person calls it. The digest jobs (issue #5 part 2: Quartz and
 * {@code POST /api/v1/jobs/digests}, whose endpoint is guarded by {@code jobs:run}) call it inside
 * the module; nothing outside {@code care.alliance.digest} can reach this package. The read it does is
 * audited under {@link #AUDIT_ACTOR} (H13: jobs' reads are audited too).
 */
@Component
public class DigestBuilds {

    public static final String AUDIT_ACTOR = "job:digest";
    public static final String AUDIT_ROLE = "SYSTEM";

    private final AppointmentRecords appointments;
    private final DigestSources sources;
    private final DigestTable table;
    private final AuditLog audit;
    private final Clock clock;

    DigestBuilds(AppointmentRecords appointments, DigestSources sources, DigestTable table, AuditLog audit,
            Clock clock) {
        this.appointments = appointments;
        this.sources = sources;
        this.table = table;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores version n+1 only if the inputs differ from version n's; empty when nothing was stored (no
     * new data, or a concurrent build stored this version first: the unique key decides).
     */
    @Transactional
    public Optional<StoredDigest> build(long appointmentId) {
        AppointmentRef appointment = appointments.byId(appointmentId)
                .orElseThrow(() -> new IllegalArgumentException("no appointment " + appointmentId));
        // the table keeps microseconds; the stored JSON must say exactly what the row says
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        DigestInputs inputs = sources.read(appointment, now);
        audit.record(AUDIT_ACTOR, AUDIT_ROLE, appointment.patientId(), "DIGEST_BUILD", appointment.externalId(),
                AuditOutcome.ALLOWED);
        String fingerprint = inputs.fingerprint();
        Optional<DigestTable.Row> latest = table.latestForAppointment(appointmentId);
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            return Optional.empty();
        }
        int version = latest.map(row -> row.digest().version() + 1).orElse(1);
        DigestContent content = DigestCalculator.content(inputs, now, version);
        try {
            table.insert(appointmentId, appointment.patientId(), content, fingerprint);
        } catch (DuplicateKeyException lostTheRace) {
            return Optional.empty();
        }
        return table.latestForAppointment(appointmentId).map(DigestTable.Row::digest);
    }
}
