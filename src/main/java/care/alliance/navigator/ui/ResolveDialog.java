package care.alliance.navigator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.navigator.IssueActions;

/**
 * Resolving asks what was done (the reporting PWP reads it on the patient page) and is confirmed here,
 * because a resolved issue leaves the queue and cannot be reopened.
 */
class ResolveDialog extends Dialog {

    final TextArea resolution = new TextArea("How was it resolved?");
    final Button confirm = new Button("Resolve issue");

    ResolveDialog(IssueActionRunner runner) {
        setHeaderTitle("Resolve this issue");
        resolution.setId("resolve-text");
        resolution.setHelperText("What was done, e.g. \"password reset, patient logged in on the phone\".");
        resolution.setMaxLength(IssueActions.MAX_TEXT);
        resolution.setRequiredIndicatorVisible(true);
        resolution.setWidth("32rem");
        confirm.setId("resolve-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            // stays open only for a refused resolution, on the field that says why
            if (runner.run(resolution, (actions, id) -> actions.resolve(id, resolution.getValue()), "Resolved.")
                    != IssueActionRunner.Result.REFUSED) {
                close();
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("resolve-cancel");
        add(new Paragraph("A resolved issue leaves the queue. The PWP sees your resolution on the patient page."),
                resolution);
        getFooter().add(cancel, confirm);
    }
}
