package care.alliance.programme;

/**
 * New programme data for a patient was stored (once per patient per accepted batch), e.g. to mark a
 * digest stale (H06). Published inside the storing transaction, like {@link RiskFlagRaised}.
 */
public record ProgrammeDataArrived(long patientId) {
}
