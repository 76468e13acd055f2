package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import care.alliance.patients.PatientService;
import care.alliance.timebudget.EntrySource;
import care.alliance.timebudget.EntryState;
import care.alliance.timebudget.LedgerConflictException;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeLedger;

/**
 * The PWP's ledger for one week: captured entries to confirm, correct or reject, manual ones to add,
 * edit and delete (with confirmation). Every outcome, a conflict from another tab included, is said in
 * the status line; after any change the ledger reloads and {@code changed} refreshes the budget.
 */
class LedgerPanel extends VerticalLayout {

    static final String EMPTY = "Nothing recorded for this week yet. Attended appointments and time on patient"
            + " pages and digests appear here by themselves; add the rest with \"Add time\".";
    static final String WITHDRAWN = "appointment no longer recorded as attended";

    private final TimeLedger ledger;
    private final PatientService patients;
    private final LocalDate today;
    private final Runnable changed;
    private final Grid<TimeEntry> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Paragraph empty = new Paragraph(EMPTY);
    private final Span outcome = new Span();
    private LocalDate monday;

    LedgerPanel(TimeLedger ledger, PatientService patients, LocalDate today, Runnable changed) {
        this.ledger = ledger;
        this.patients = patients;
        this.today = today;
        this.changed = changed;
        setPadding(false);
        total.setId("ledger-total");
        empty.setId("ledger-empty");
        outcome.setId("ledger-outcome");
        outcome.getElement().setAttribute("role", "status");
        Button add = new Button("Add time", click -> new EntryDialog(null, today, patients.myPatients(),
                ledger::add, this::done).open());
        add.setId("ledger-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(e -> TimeText.day(e.workDate())).setHeader("Day").setKey("date").setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setHeader("Spent on").setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> e.patientName() == null ? "–" : e.patientName()).setHeader("Patient").setKey("patient")
                .setAutoWidth(true);
        grid.addColumn(LedgerPanel::minutes).setHeader("Minutes").setKey("minutes").setAutoWidth(true);
        grid.addColumn(e -> e.source() == EntrySource.AUTO ? "Auto" : "Manual").setHeader("Source").setKey("source")
                .setAutoWidth(true);
        grid.addColumn(LedgerPanel::state).setHeader("State").setKey("state").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Actions").setKey("actions")
                .setAutoWidth(true);
        add(new H3("Ledger"), total, new HorizontalLayout(add), outcome, empty, grid);
    }

    void show(LocalDate weekMonday) {
        monday = weekMonday;
        reload();
    }

    private void reload() {
        List<TimeEntry> entries = ledger.myWeek(monday);
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
        int counted = entries.stream().filter(TimeEntry::counts).mapToInt(TimeEntry::minutes).sum();
        long proposed = entries.stream().filter(e -> e.state() == EntryState.PROPOSED).count();
        total.setText("Week from " + TimeText.day(monday) + ": " + entries.size() + " entr"
                + (entries.size() == 1 ? "y" : "ies") + ", " + TimeText.minutes(counted) + " counted"
                + (proposed == 0 ? "." : "; " + proposed + " captured to confirm or correct."));
    }

    static String minutes(TimeEntry e) {
        String text = TimeText.minutes(e.minutes());
        return e.state() == EntryState.CORRECTED && e.capturedMinutes() != null
                ? text + " (captured " + TimeText.minutes(e.capturedMinutes()) + ")" : text;
    }

    static String state(TimeEntry e) {
        String state = e.state() == null ? "Entered by you" : switch (e.state()) {
            case PROPOSED -> "Proposed";
            case CONFIRMED -> "Confirmed";
            case CORRECTED -> "Corrected";
            case REJECTED -> "Rejected (does not count)";
        };
        if (e.originWithdrawn()) {
            state += " · " + WITHDRAWN;
        }
        return e.note() == null ? state : state + " · " + e.note();
    }

    private Component actions(TimeEntry e) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        if (e.source() == EntrySource.AUTO) {
            if (e.state() == EntryState.PROPOSED || e.state() == EntryState.REJECTED) {
                buttons.add(button("Confirm", "ledger-confirm-", e, () -> run(() -> ledger.confirm(e.id(), e.version()),
                        "Confirmed " + TimeText.minutes(e.minutes()) + ".")));
            }
            if (e.state() != EntryState.REJECTED) {
                buttons.add(button("Correct", "ledger-correct-", e, () -> ReasonDialog.correcting(e,
                        (minutes, reason) -> ledger.correct(e.id(), e.version(), minutes, reason), this::done).open()));
                buttons.add(button("Reject", "ledger-reject-", e, () -> ReasonDialog.rejecting(e,
                        (minutes, reason) -> ledger.reject(e.id(), e.version(), reason), this::done).open()));
            }
        } else {
            buttons.add(button("Edit", "ledger-edit-", e, () -> new EntryDialog(e, today, patients.myPatients(),
                    entry -> ledger.edit(e.id(), e.version(), entry), this::done).open()));
            buttons.add(button("Delete", "ledger-delete-", e, () -> confirmDelete(e)));
        }
        return buttons;
    }

    private static Button button(String text, String idPrefix, TimeEntry e, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(idPrefix + e.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", text + " " + e.kind().label().toLowerCase() + " on "
                + TimeText.day(e.workDate()));
        return button;
    }

    private void confirmDelete(TimeEntry e) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("ledger-delete-confirm");
        dialog.setHeader("Delete this entry?");
        dialog.setText(e.kind().label() + " on " + TimeText.day(e.workDate()) + ", " + TimeText.minutes(e.minutes())
                + ". It leaves your ledger and your load.");
        dialog.setCancelable(true);
        dialog.setConfirmText("Delete");
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> run(() -> {
            ledger.delete(e.id(), e.version());
            return e;
        }, "Deleted " + TimeText.minutes(e.minutes()) + " of " + e.kind().label().toLowerCase() + "."));
        dialog.open();
    }

    private void run(Supplier<TimeEntry> change, String success) {
        try {
            change.get();
            done(success);
        } catch (LedgerConflictException | IllegalArgumentException | AccessDeniedException refused) {
            done(refused.getMessage());
        }
    }

    /** Say what happened, reload the ledger, refresh the budget. */
    private void done(String message) {
        outcome.setText(message);
        reload();
        changed.run();
    }
}
