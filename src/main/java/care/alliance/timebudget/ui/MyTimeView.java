package care.alliance.timebudget.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.patients.PatientService;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.timebudget.TimeBudgets;
import care.alliance.timebudget.TimeLedger;

/**
 * The PWP's time (issue #7): the chosen week and the two after it, planned load against capacity with
 * the uncounted blended work made visible, and the chosen week's ledger. Weeks from
 * {@value #WEEKS_BACK} back to two ahead; this week by default.
 */
@Route("time")
@PageTitle("My time · Alliance")
@Menu(title = "My time", order = 16, icon = "vaadin:clock")
@RolesAllowed("PWP")
class MyTimeView extends VerticalLayout {

    static final int WEEKS_BACK = 8;

    final Select<LocalDate> week = new Select<>();
    private final TimeBudgets budgets;
    private final BudgetPanel budget = new BudgetPanel();
    private final LedgerPanel ledgerPanel;
    private final LocalDate thisMonday;

    MyTimeView(TimeBudgets budgets, TimeLedger ledger, PatientService patients, Clock clock) {
        this.budgets = budgets;
        LocalDate today = LocalDate.now(clock.withZone(DisplayTime.ZONE));
        thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ledgerPanel = new LedgerPanel(ledger, patients, today, this::refreshBudget);
        List<LocalDate> mondays = IntStream.rangeClosed(-WEEKS_BACK, TimeBudgets.PWP_WEEKS - 1)
                .mapToObj(thisMonday::plusWeeks).toList();
        week.setId("time-week");
        week.setLabel("Week");
        week.setWidth("20rem");
        week.setItems(mondays);
        week.setItemLabelGenerator(monday -> TimeText.relative(monday, thisMonday) + " · from " + TimeText.day(monday));
        week.setValue(thisMonday);
        week.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show();
            }
        });
        Paragraph intro = new Paragraph("Your planned load against your contracted clinical time for the chosen week"
                + " and the two after it, and the chosen week's ledger: confirm or correct what Alliance captured,"
                + " add the rest.");
        add(new H2("My time"), intro, week, budget, ledgerPanel);
        show();
    }

    private void show() {
        refreshBudget();
        ledgerPanel.show(week.getValue());
    }

    private void refreshBudget() {
        budget.show(budgets.myWeeks(week.getValue()), thisMonday);
    }
}
