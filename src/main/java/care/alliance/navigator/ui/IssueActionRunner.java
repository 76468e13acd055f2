package care.alliance.navigator.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;

import care.alliance.navigator.IssueActions;
import care.alliance.navigator.IssueConflictException;

/**
 * Runs one action on the issue a page shows and says how it went: a refused input marks its field with
 * the service's message, a conflict (someone else got there first) goes to the page's status line.
 */
class IssueActionRunner {

    /** DONE; REFUSED: the input was refused and its field says why; TOO_LATE: someone else got there first. */
    enum Result {
        DONE, REFUSED, TOO_LATE
    }

    interface Action {
        void run(IssueActions actions, long issueId);
    }

    private final IssueActions actions;
    private final long issueId;
    private final Consumer<String> said;

    IssueActionRunner(IssueActions actions, long issueId, Consumer<String> said) {
        this.actions = actions;
        this.issueId = issueId;
        this.said = said;
    }

    Result run(HasValidation field, Action action, String done) {
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            action.run(actions, issueId);
            said.accept(done);
            return Result.DONE;
        } catch (IllegalArgumentException refused) {
            if (field == null) {
                said.accept(refused.getMessage());
            } else {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            }
            return Result.REFUSED;
        } catch (IssueConflictException conflict) {
            said.accept(conflict.getMessage());
            return Result.TOO_LATE;
        }
    }
}
