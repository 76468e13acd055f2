package care.alliance.patients;

/**
 * The programme recorded what happened at an appointment (ATTENDED, DID_NOT_ATTEND or CANCELLED),
 * possibly correcting an earlier outcome. Published inside the recording transaction after the row is
 * flushed, so a plain {@code @EventListener} sees the new status and commits with it (the time ledger
 * captures attended sessions). Published on every call, also when the status did not change: listeners
 * must be idempotent. Ids only.
 */
public record AppointmentStatusChanged(long appointmentId) {
}
