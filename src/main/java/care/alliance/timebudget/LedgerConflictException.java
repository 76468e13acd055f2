package care.alliance.timebudget;

/**
 * The entry changed since the caller read it (another tab or window saved first): nothing was changed,
 * and the message says so, for the user to read.
 */
public class LedgerConflictException extends IllegalStateException {

    public LedgerConflictException(String message) {
        super(message);
    }
}
