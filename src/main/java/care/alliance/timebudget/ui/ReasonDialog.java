package care.alliance.timebudget.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.timebudget.LedgerConflictException;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeLedger;

/**
 * Correcting (the PWP's minutes and a required reason; the captured minutes are kept) or rejecting (an
 * optional reason) a captured entry. A refusal stays on its field; a conflict closes the dialog and is
 * said in the ledger's status line.
 */
class ReasonDialog extends Dialog {

    /** What the dialog asks the ledger to do with the minutes and the reason. */
    interface Change {
        TimeEntry apply(int minutes, String reason);
    }

    final IntegerField minutes = new IntegerField("Minutes");
    final TextArea reason = new TextArea();
    final Button save = new Button();

    private ReasonDialog(TimeEntry entry, boolean correcting, Change change, Consumer<String> outcome) {
        setId(correcting ? "ledger-correct-dialog" : "ledger-reject-dialog");
        setHeaderTitle(correcting ? "Correct the minutes" : "Reject this entry");
        String what = entry.kind().label() + " on " + TimeText.day(entry.workDate())
                + (entry.patientName() == null ? "" : " with " + entry.patientName()) + ": "
                + TimeText.minutes(entry.capturedMinutes() == null ? entry.minutes() : entry.capturedMinutes())
                + " captured.";
        add(new Paragraph(what + (correcting ? " The captured minutes stay beside yours."
                : " A rejected entry stays in the ledger but counts nowhere; you can confirm it again.")));
        minutes.setId("ledger-correct-minutes");
        minutes.setMin(1);
        minutes.setMax(TimeLedger.MAX_MINUTES);
        minutes.setValue(entry.minutes());
        minutes.setRequiredIndicatorVisible(true);
        reason.setId("ledger-reason");
        reason.setLabel(correcting ? "Why do the minutes differ?" : "Why (optional)");
        reason.setRequiredIndicatorVisible(correcting);
        reason.setMaxLength(TimeLedger.MAX_NOTE);
        reason.setWidth("28rem");
        if (correcting) {
            add(minutes);
        }
        add(reason);
        save.setText(correcting ? "Save correction" : "Reject entry");
        save.setId("ledger-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(correcting, change, outcome));
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("ledger-reason-cancel");
        getFooter().add(cancel, save);
    }

    static ReasonDialog correcting(TimeEntry entry, Change change, Consumer<String> outcome) {
        return new ReasonDialog(entry, true, change, outcome);
    }

    static ReasonDialog rejecting(TimeEntry entry, Change change, Consumer<String> outcome) {
        return new ReasonDialog(entry, false, change, outcome);
    }

    private void save(boolean correcting, Change change, Consumer<String> outcome) {
        minutes.setInvalid(false);
        reason.setInvalid(false);
        try {
            TimeEntry saved = change.apply(minutes.getValue() == null ? 0 : minutes.getValue(), reason.getValue());
            close();
            outcome.accept(correcting ? "Corrected to " + TimeText.minutes(saved.minutes()) + "."
                    : "Rejected: it no longer counts.");
        } catch (LedgerConflictException conflict) {
            close();
            outcome.accept(conflict.getMessage());
        } catch (IllegalArgumentException refused) {
            com.vaadin.flow.component.HasValidation field = refused.getMessage().startsWith("Minutes") ? minutes : reason;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}
