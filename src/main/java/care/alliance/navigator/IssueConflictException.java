package care.alliance.navigator;

/**
 * Someone else got there first (the issue was resolved or taken in the meantime): nothing was changed,
 * and the message says what happened, for the user to read.
 */
public class IssueConflictException extends IllegalStateException {

    public IssueConflictException(String message) {
        super(message);
    }
}
