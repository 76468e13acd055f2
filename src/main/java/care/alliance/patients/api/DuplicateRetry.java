package care.alliance.patients.api;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two first calls with the same id at the same moment both find nothing, both insert, and the unique
 * key refuses the second once the first commits. Its transaction has rolled back by then; running the
 * call once more in a new transaction finds the stored row and answers as for any retry (200 or 409).
 */
final class DuplicateRetry {

    private DuplicateRetry() {
    }

    static <T> T once(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException duplicate) {
            return write.get();
        }
    }
}
