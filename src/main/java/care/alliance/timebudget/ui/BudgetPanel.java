package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.shared.ui.SummarisedChart;
import care.alliance.timebudget.BudgetWeek;

/** The chosen week and the two after it, planned load against capacity, with the uncounted work named. */
class BudgetPanel extends VerticalLayout {

    static final String UNCOUNTED = "Uncounted work is time a traditional caseload target does not count: online"
            + " reviews, message writing, digest and progress reviews, programme learning and navigator liaison."
            + " Alliance counts it in your load.";

    private final SummarisedChart chart = new SummarisedChart("Planned load against capacity", "budget");

    BudgetPanel() {
        setPadding(false);
        Paragraph uncounted = new Paragraph(UNCOUNTED);
        uncounted.setId("budget-uncounted");
        // the summary has a line per week
        chart.getChildren().filter(Paragraph.class::isInstance).findFirst()
                .ifPresent(summary -> summary.getStyle().set("white-space", "pre-line"));
        add(chart, uncounted);
    }

    void show(List<BudgetWeek> weeks, LocalDate thisMonday) {
        chart.show(BudgetChart.option(weeks, thisMonday), BudgetChart.summary(weeks, thisMonday));
    }
}
