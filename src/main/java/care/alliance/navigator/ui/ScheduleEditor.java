package care.alliance.navigator.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import care.alliance.navigator.QuietHours;
import care.alliance.navigator.Reminder;
import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.ReminderSchedules;
import care.alliance.navigator.ScheduleConflictException;
import care.alliance.navigator.ScheduleDraft;
import care.alliance.navigator.ScheduleInvalid;
import care.alliance.navigator.ScheduleText;
import care.alliance.programme.NotificationKind;

/**
 * The navigator's editor for a patient's reminder schedule: native form fields only (time pickers,
 * checkboxes, a date picker), so it works from the keyboard. Save checks the draft first and puts each
 * problem next to its field; a valid draft is confirmed in a dialog listing what changes; the save names
 * the version it was based on, so a colleague's newer version is never overwritten.
 */
class ScheduleEditor extends VerticalLayout {

    static final List<NotificationKind> KINDS = List.of(NotificationKind.MOOD_REMINDER, NotificationKind.ACTIVITY_REMINDER);

    private final ReminderSchedules schedules;
    private final java.util.function.Consumer<String> saved;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<ReminderRow> reminders = new ArrayList<>();
    final Span remindersError = new Span();
    final Button add = new Button("Add reminder");
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days reminders are sent");
    final Checkbox quiet = new Checkbox("Quiet hours (no reminders)");
    final TimePicker quietStart = new TimePicker("Quiet from");
    final TimePicker quietEnd = new TimePicker("Quiet until");
    final Checkbox paused = new Checkbox("Pause all reminders");
    final DatePicker pausedUntil = new DatePicker("Resume on (optional)");
    final TextField pauseReason = new TextField("Why paused");
    final TextArea reason = new TextArea("Reason for this change");
    final Button save = new Button("Save schedule");
    private long patientId;
    private ReminderSchedule current;
    /** Ids stay unique after a row is removed: a removed row's number is never reused until the next load. */
    private int nextRow;

    /** One reminder's fields; ids end with the row's number (0, 1, ... in the order shown at load or added). */
    record ReminderRow(Select<NotificationKind> kind, TimePicker time, Button remove, HorizontalLayout line) {
    }

    ScheduleEditor(ReminderSchedules schedules, java.util.function.Consumer<String> saved) {
        this.schedules = schedules;
        this.saved = saved;
        setId("reminder-schedule-editor");
        setPadding(false);
        rows.setPadding(false);
        rows.setId("schedule-reminders");
        remindersError.setId("schedule-reminders-error");
        remindersError.getElement().setAttribute("role", "alert");
        remindersError.getStyle().set("color", "var(--lumo-error-text-color)");
        add.setId("schedule-add-reminder");
        add.addClickListener(click -> addRow(NotificationKind.MOOD_REMINDER, null));
        days.setId("schedule-days");
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(ScheduleText::day);
        quiet.setId("schedule-quiet");
        quietStart.setId("schedule-quiet-start");
        quietEnd.setId("schedule-quiet-end");
        quiet.addValueChangeListener(change -> quietChanged());
        paused.setId("schedule-paused");
        pausedUntil.setId("schedule-paused-until");
        pauseReason.setId("schedule-pause-reason");
        pauseReason.setMaxLength(500);
        paused.addValueChangeListener(change -> pauseChanged());
        reason.setId("schedule-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidth("32rem");
        reason.setHelperText("Required: what was agreed with the patient, and why.");
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> checkThenConfirm());
        add(new H3("Change the schedule"), rows, remindersError, add, days,
                new HorizontalLayout(quiet, quietStart, quietEnd), new HorizontalLayout(paused, pausedUntil, pauseReason),
                reason, save);
    }

    /** Fills the form from the version in force; the next save will be based on it. */
    void edit(long patientId, ReminderSchedule schedule) {
        this.patientId = patientId;
        this.current = schedule;
        rows.removeAll();
        reminders.clear();
        nextRow = 0;
        schedule.reminders().forEach(r -> addRow(r.kind(), r.time()));
        if (reminders.isEmpty()) {
            addRow(NotificationKind.MOOD_REMINDER, null);
        }
        days.setValue(schedule.agreed() ? schedule.days() : EnumSet.allOf(DayOfWeek.class));
        quiet.setValue(schedule.quietHours() != null);
        quietStart.setValue(schedule.quietHours() == null ? LocalTime.of(22, 0) : schedule.quietHours().start());
        quietEnd.setValue(schedule.quietHours() == null ? LocalTime.of(7, 0) : schedule.quietHours().end());
        paused.setValue(schedule.paused());
        pausedUntil.setValue(schedule.pausedUntil());
        pauseReason.setValue(schedule.pauseNote() == null ? "" : schedule.pauseNote());
        reason.clear();
        clearErrors();
        quietChanged();
        pauseChanged();
    }

    private void addRow(NotificationKind kind, LocalTime time) {
        int index = nextRow++;
        Select<NotificationKind> kindField = new Select<>();
        kindField.setLabel("Reminder");
        kindField.setItems(KINDS);
        kindField.setItemLabelGenerator(k -> k == NotificationKind.MOOD_REMINDER ? "Mood rating" : "Activity");
        kindField.setValue(kind);
        kindField.setId("schedule-reminder-kind-" + index);
        TimePicker timeField = new TimePicker("At");
        timeField.setStep(java.time.Duration.ofMinutes(15));
        timeField.setValue(time);
        timeField.setId("schedule-reminder-time-" + index);
        Button remove = new Button("Remove");
        remove.setId("schedule-reminder-remove-" + index);
        HorizontalLayout line = new HorizontalLayout(kindField, timeField, remove);
        line.setAlignItems(Alignment.BASELINE);
        ReminderRow row = new ReminderRow(kindField, timeField, remove, line);
        remove.addClickListener(click -> {
            reminders.remove(row);
            rows.remove(line);
        });
        reminders.add(row);
        rows.add(line);
    }

    ScheduleDraft draft() {
        List<Reminder> list = reminders.stream().map(r -> new Reminder(r.kind().getValue(), r.time().getValue())).toList();
        QuietHours hours = quiet.getValue() ? new QuietHours(quietStart.getValue(), quietEnd.getValue()) : null;
        return new ScheduleDraft(list, days.getValue(), hours, paused.getValue(),
                paused.getValue() ? pausedUntil.getValue() : null, pauseReason.getValue(), reason.getValue());
    }

    private void checkThenConfirm() {
        clearErrors();
        ScheduleDraft draft = draft();
        try {
            schedules.check(draft, current.zone());
        } catch (ScheduleInvalid invalid) {
            show(invalid);
            return;
        }
        UnorderedList changes = new UnorderedList();
        ScheduleChanges.between(current, draft).forEach(line -> changes.add(new ListItem(line)));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("schedule-confirm");
        dialog.setHeader("Save version " + (current.version() + 1) + " of the reminder schedule?");
        dialog.setText(new Div(new Paragraph("The programme will apply these changes:"), changes,
                new Paragraph("Reason: " + draft.reason().strip())));
        dialog.setCancelable(true);
        dialog.setConfirmText("Save");
        dialog.addConfirmListener(confirm -> save(draft));
        dialog.open();
    }

    private void save(ScheduleDraft draft) {
        try {
            ReminderSchedule stored = schedules.change(patientId, current.version(), draft);
            saved.accept("Saved as version " + stored.version() + ".");
        } catch (ScheduleInvalid invalid) {
            show(invalid);
        } catch (ScheduleConflictException conflict) {
            remindersError.setText(conflict.getMessage());
        }
    }

    private void show(ScheduleInvalid invalid) {
        remindersError.setText(invalid.messageFor("reminders"));
        error(days, invalid.messageFor("days"));
        error(quietStart, invalid.messageFor("quietHours"));
        error(pausedUntil, invalid.messageFor("pausedUntil"));
        error(pauseReason, invalid.messageFor("pauseReason"));
        error(reason, invalid.messageFor("reason"));
    }

    private static void error(HasValidation field, String message) {
        field.setErrorMessage(message.isEmpty() ? null : message);
        field.setInvalid(!message.isEmpty());
    }

    private void clearErrors() {
        remindersError.setText("");
        for (HasValidation field : new HasValidation[] {days,
                quietStart, pausedUntil, pauseReason, reason}) {
            error(field, "");
        }
    }

    private void quietChanged() {
        quietStart.setEnabled(quiet.getValue());
        quietEnd.setEnabled(quiet.getValue());
    }

    private void pauseChanged() {
        pausedUntil.setEnabled(paused.getValue());
        pauseReason.setEnabled(paused.getValue());
    }
}
