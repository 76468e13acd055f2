package care.alliance.timebudget.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import care.alliance.timebudget.BudgetSettings;
import care.alliance.timebudget.TimeBudgets;

/** The service's expected review work: minutes per online review and per digest (the default capacity stays). */
class SettingsDialog extends Dialog {

    final IntegerField review = new IntegerField("Minutes per online review");
    final IntegerField digest = new IntegerField("Minutes per digest");
    final Paragraph error = new Paragraph();

    SettingsDialog(TimeBudgets budgets, Runnable saved) {
        BudgetSettings current = budgets.settings();
        setHeaderTitle("Expected review work");
        setId("settings-dialog");
        review.setId("settings-review");
        review.setValue(current.reviewMinutes());
        digest.setId("settings-digest");
        digest.setValue(current.digestMinutes());
        error.setId("settings-error");
        error.addClassName("alliance-warning");
        error.setVisible(false);
        Button save = new Button("Save settings", click -> {
            try {
                if (review.getValue() == null || digest.getValue() == null) {
                    throw new IllegalArgumentException("Fill in both minutes.");
                }
                budgets.updateSettings(new BudgetSettings(review.getValue(), digest.getValue(),
                        current.defaultCapacity()));
            } catch (IllegalArgumentException | AccessDeniedException e) {
                error.setText(e.getMessage());
                error.setVisible(true);
                return;
            }
            close();
            saved.run();
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new VerticalLayout(review, digest, error));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
