package care.alliance.caseload.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.caseload.RiskFlagReviews;
import care.alliance.programme.RiskFlag;
import care.alliance.shared.ui.DisplayTime;

/**
 * The review that closes a risk flag (H01). The service decides what a valid note is; its words go
 * on the field. Keyboard: the note has focus on open, Ctrl+Enter saves, Escape cancels.
 */
class ReviewFlagDialog extends Dialog {

    final TextArea note = new TextArea("Review note");
    final Button save = new Button("Save review");

    ReviewFlagDialog(RiskFlagReviews reviews, RiskFlag flag) {
        setHeaderTitle("Review risk flag");
        note.setId("review-note");
        note.setHelperText("What you did and decided, e.g. phoned the patient, safety plan agreed.");
        note.setMaxLength(RiskFlagReviews.MAX_NOTE);
        note.setRequiredIndicatorVisible(true);
        note.setWidth("32rem");
        note.setMinHeight("8rem");
        note.setAutofocus(true);
        save.setId("save-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(click -> {
            try {
                reviews.review(flag.id(), note.getValue());
                close(); // the page refreshes itself once the review is committed (DataArrivals)
            } catch (IllegalArgumentException | IllegalStateException refused) {
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("cancel-review");
        add(new Paragraph(flag.reason() + ", raised " + DisplayTime.dateTime(flag.raisedAt()) + "."), note);
        getFooter().add(cancel, save);
    }
}
