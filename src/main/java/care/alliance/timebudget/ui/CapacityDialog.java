package care.alliance.timebudget.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;

import care.alliance.timebudget.Capacity;
import care.alliance.timebudget.TimeBudgets;

/**
 * The manager sets a PWP's capacity from a Monday on (contracted clinical hours, contact target,
 * blended share). The record and the service validate; a refusal is shown in words and nothing is saved.
 */
class CapacityDialog extends Dialog {

    final NumberField hours = new NumberField("Contracted clinical hours a week");
    final IntegerField contacts = new IntegerField("Contact target a week");
    final IntegerField blended = new IntegerField("Blended share (%)");
    final DatePicker from = new DatePicker("Effective from (a Monday)");
    final Paragraph error = new Paragraph();

    CapacityDialog(TimeBudgets budgets, long pwpId, String pwpName, Capacity current, LocalDate today,
            Runnable saved) {
        setHeaderTitle("Capacity of " + pwpName);
        setId("capacity-dialog");
        hours.setId("capacity-hours");
        hours.setStep(0.5);
        hours.setValue(current.clinicalMinutes() / 60.0);
        contacts.setId("capacity-contacts");
        contacts.setValue(current.contactTarget());
        blended.setId("capacity-blended");
        blended.setValue(current.blendedPercent());
        from.setId("capacity-from");
        from.setValue(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        error.setId("capacity-error");
        error.addClassName("alliance-warning");
        error.setVisible(false);
        Button save = new Button("Save capacity", click -> {
            try {
                if (hours.getValue() == null || contacts.getValue() == null || blended.getValue() == null) {
                    throw new IllegalArgumentException("Fill in the hours, the contact target and the blended share.");
                }
                Capacity capacity = new Capacity((int) Math.round(hours.getValue() * 60), contacts.getValue(),
                        blended.getValue());
                budgets.setCapacity(pwpId, from.getValue(), capacity);
            } catch (IllegalArgumentException | AccessDeniedException e) {
                error.setText(e.getMessage());
                error.setVisible(true);
                return;
            }
            close();
            saved.run();
        });
        save.setId("capacity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        add(new VerticalLayout(hours, contacts, blended, from, error));
        getFooter().add(cancel, save);
    }
}
