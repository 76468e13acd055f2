package care.alliance.caseload.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.navigator.TechnicalIssues;

/**
 * "Hand to the navigator" in one step: what kind of problem and what is happening. The service
 * validates and decides whether this opens an issue or joins the open one of that kind (H10).
 */
class ReportIssueDialog extends Dialog {

    /** What was sent and what became of it, for the page to say so. */
    record Sent(TechnicalIssueCategory category, boolean addedToOpenIssue) {
    }

    final Select<TechnicalIssueCategory> category = new Select<>();
    final TextArea description = new TextArea("What is happening?");
    final Button send = new Button("Send to navigator");

    ReportIssueDialog(TechnicalIssues issues, long patientId, Consumer<Sent> sent) {
        setHeaderTitle("Report a technical problem");
        category.setLabel("Kind of problem");
        category.setId("issue-category");
        category.setItems(TechnicalIssueCategory.values());
        category.setItemLabelGenerator(TechnicalIssueCategory::label);
        category.setRequiredIndicatorVisible(true);
        category.setWidthFull();
        description.setId("issue-description");
        description.setHelperText("What the patient told you, e.g. \"no reminders since Sunday\".");
        description.setMaxLength(TechnicalIssues.MAX_TEXT);
        description.setRequiredIndicatorVisible(true);
        description.setWidth("32rem");
        send.setId("send-issue");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            category.setInvalid(false);
            description.setInvalid(false);
            try {
                boolean added = issues.report(patientId, category.getValue(), description.getValue()).addedToOpenIssue();
                close();
                sent.accept(new Sent(category.getValue(), added));
            } catch (IllegalArgumentException refused) {
                // the service checks the kind first, so a missing kind is what a refusal is about
                if (category.isEmpty()) {
                    category.setErrorMessage(refused.getMessage());
                    category.setInvalid(true);
                } else {
                    description.setErrorMessage(refused.getMessage());
                    description.setInvalid(true);
                }
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-issue");
        VerticalLayout fields = new VerticalLayout(category, description);
        fields.setPadding(false);
        add(fields);
        getFooter().add(cancel, send);
    }
}
