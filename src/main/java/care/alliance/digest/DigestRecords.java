package care.alliance.digest;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import care.alliance.digest.internal.DigestInboxTable;
import care.alliance.digest.internal.DigestTable;

/**
 * Stored digests as read by pages that have already scoped and audited their patient read (the patient
 * page's one PATIENT_READ covers its digest, H13), like the programme's histories: not a security
 * boundary. It does keep H02's own check: a digest whose stored patient id is not its appointment's
 * patient is refused, whoever asks.
 */
@Component
public class DigestRecords {

    private final DigestTable table;
    private final DigestInboxTable inboxTable;

    DigestRecords(DigestTable table, DigestInboxTable inboxTable) {
        this.table = table;
        this.inboxTable = inboxTable;
    }

    /** The patient's newest digest as put on screen, with the stale marker's data (H06). */
    public Optional<ShownDigest> latestShownForPatient(long patientId) {
        return latestForPatient(patientId).map(digest ->
                new ShownDigest(digest, inboxTable.newestArrival(patientId).orElse(null)));
    }

    public Optional<StoredDigest> latestForAppointment(long appointmentId) {
        return table.latestForAppointment(appointmentId).map(DigestRecords::belongingToItsPatient);
    }

    /** The newest digest of the patient's appointments; the check confirms its stored patient id. */
    public Optional<StoredDigest> latestForPatient(long patientId) {
        return table.latestForPatient(patientId).map(DigestRecords::belongingToItsPatient);
    }

    private static StoredDigest belongingToItsPatient(DigestTable.Row row) {
        if (row.digest().patientId() != row.appointmentPatientId()) {
            throw new AccessDeniedException("Digest " + row.digest().appointment() + " v" + row.digest().version()
                    + " is stored for another patient than its appointment's; refused (H02)");
        }
        return row.digest();
    }
}
