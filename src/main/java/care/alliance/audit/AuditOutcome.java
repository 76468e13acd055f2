package care.alliance.audit;

public enum AuditOutcome {
    ALLOWED, DENIED
}
