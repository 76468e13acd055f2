package care.alliance.programme;

/**
 * A risk flag was raised (H01), published inside the transaction that stored it: listen with
 * {@code @TransactionalEventListener} or {@code @ApplicationModuleListener} so you see it only
 * once it is committed. Ids only, no patient data.
 */
public record RiskFlagRaised(long riskFlagId, long patientId) {
}
