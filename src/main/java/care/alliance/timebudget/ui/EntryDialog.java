package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.patients.PatientService.PatientName;
import care.alliance.timebudget.LedgerConflictException;
import care.alliance.timebudget.NewTimeEntry;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeKind;
import care.alliance.timebudget.TimeLedger;

/**
 * A manual entry, new or edited. The ledger's rules decide; a refusal is shown on the field it is
 * about and the dialog stays open. A conflict (another tab) closes it and is said in the ledger's
 * status line.
 */
class EntryDialog extends Dialog {

    final DatePicker date = new DatePicker("Day");
    final Select<TimeKind> kind = new Select<>();
    final ComboBox<PatientName> patient = new ComboBox<>("Patient");
    final IntegerField minutes = new IntegerField("Minutes");
    final TextArea note = new TextArea("Note (optional)");
    final Button save = new Button("Save");

    /** {@code save} stores the entry (add or edit); {@code outcome} gets what the ledger should say. */
    EntryDialog(TimeEntry editing, LocalDate today, List<PatientName> patients,
            Function<NewTimeEntry, TimeEntry> store, Consumer<String> outcome) {
        setId("ledger-entry-dialog");
        setHeaderTitle(editing == null ? "Add time" : "Edit time");
        date.setId("ledger-entry-date");
        date.setMin(today.minusDays(TimeLedger.DAYS_BACK));
        date.setMax(today.plusDays(TimeLedger.DAYS_AHEAD));
        date.setRequiredIndicatorVisible(true);
        date.setLocale(Locale.UK);
        kind.setId("ledger-entry-kind");
        kind.setLabel("Spent on");
        kind.setItems(TimeKind.values());
        kind.setItemLabelGenerator(TimeKind::label);
        kind.setRequiredIndicatorVisible(true);
        patient.setId("ledger-entry-patient");
        patient.setItems(patients);
        patient.setItemLabelGenerator(PatientName::displayName);
        patient.setHelperText("Your patients only.");
        minutes.setId("ledger-entry-minutes");
        minutes.setMin(1);
        minutes.setMax(TimeLedger.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setRequiredIndicatorVisible(true);
        note.setId("ledger-entry-note");
        note.setMaxLength(TimeLedger.MAX_NOTE);
        kind.addValueChangeListener(change -> patientFor(change.getValue()));
        if (editing == null) {
            date.setValue(today);
        } else {
            date.setValue(editing.workDate());
            kind.setValue(editing.kind());
            minutes.setValue(editing.minutes());
            note.setValue(editing.note() == null ? "" : editing.note());
            patients.stream().filter(p -> editing.patientId() != null && p.id() == editing.patientId()).findFirst()
                    .ifPresent(patient::setValue);
        }
        patientFor(kind.getValue());
        save.setId("ledger-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(store, outcome));
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("ledger-entry-cancel");
        FormLayout form = new FormLayout(date, kind, patient, minutes, note);
        form.setColspan(note, 2);
        add(form);
        getFooter().add(cancel, save);
    }

    private void patientFor(TimeKind chosen) {
        boolean allowed = chosen == null || chosen.allowsPatient();
        patient.setEnabled(allowed);
        patient.setRequiredIndicatorVisible(chosen != null && chosen.needsPatient());
        if (!allowed) {
            patient.clear();
        }
    }

    private void save(Function<NewTimeEntry, TimeEntry> store, Consumer<String> outcome) {
        List.<HasValidation>of(date, kind, patient, minutes, note).forEach(field -> field.setInvalid(false));
        NewTimeEntry entry = new NewTimeEntry(date.getValue(), minutes.getValue() == null ? 0 : minutes.getValue(),
                kind.getValue(), patient.getValue() == null ? null : patient.getValue().id(), note.getValue());
        try {
            TimeEntry saved = store.apply(entry);
            close();
            outcome.accept((getHeaderTitle().startsWith("Add") ? "Added " : "Saved ")
                    + TimeText.minutes(saved.minutes()) + " of " + saved.kind().label().toLowerCase() + " on "
                    + TimeText.day(saved.workDate()) + ".");
        } catch (LedgerConflictException conflict) {
            close();
            outcome.accept(conflict.getMessage());
        } catch (AccessDeniedException denied) {
            refuse(patient, "You do not have access to this patient.");
        } catch (IllegalArgumentException refused) {
            refuse(fieldFor(refused.getMessage()), refused.getMessage());
        }
    }

    /** The field a ledger rule's message is about (EntryRules' messages). */
    private HasValidation fieldFor(String message) {
        if (message.startsWith("Minutes")) {
            return minutes;
        }
        if (message.startsWith("Choose the patient") || message.contains("not recorded against a patient")) {
            return patient;
        }
        if (message.startsWith("The day") || message.startsWith("Choose the day")) {
            return date;
        }
        if (message.startsWith("The note")) {
            return note;
        }
        return kind;
    }

    private static void refuse(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
