package care.alliance.programme;

/**
 * New PHQ-9 or GAD-7 scores of a patient were stored (once per patient per accepted batch that held
 * a questionnaire; other event types never publish it, so ingest pays nothing for them). Published
 * inside the storing transaction, for patients in ascending id order, so listeners that lock the
 * patient's episodes take their locks in one global order. Ids only.
 */
public record ScoresRecorded(long patientId) {
}
