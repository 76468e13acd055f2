package care.alliance.patients;

/**
 * The result of an idempotent write: what is stored now, and whether this call created it
 * ({@code false} for a retry of an earlier, identical call).
 */
public record Written<T>(T value, boolean created) {
}
