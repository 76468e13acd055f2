package care.alliance.caseload;

/** A clinician marked a patient's message read. Ids only. */
record MessageMarkedRead(long messageId, long patientId) {
}
