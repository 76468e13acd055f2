package care.alliance.outcomes;

/**
 * A questionnaire that cannot be scored (hazard H03): wrong number of items, a missing item or an
 * item outside 0–3. The message is user-facing (it goes back to the sender in the API's
 * {@code REJECTED} result), so it names the instrument, the item and the offending value.
 */
public class InvalidQuestionnaireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQuestionnaireException(String message) {
        super(message);
    }
}
