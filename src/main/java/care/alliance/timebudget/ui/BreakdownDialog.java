package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import care.alliance.shared.ui.SummarisedChart;
import care.alliance.timebudget.TeamBudget;

/**
 * One PWP's 12 weeks from the team view, by kind: what drives a week over budget, not only that it is.
 * The same chart and words as the PWP's own view (BudgetChart), from the rows the team view already
 * holds, so opening it reads nothing more. The summary above the chart is the over-budget weeks and this
 * week; every week in words is one click away, so the chart is not pushed out of sight.
 */
class BreakdownDialog extends Dialog {

    final SummarisedChart chart = new SummarisedChart("Load by kind against capacity", "breakdown");
    final Paragraph everyWeek = new Paragraph();

    BreakdownDialog(TeamBudget.Row row, LocalDate thisMonday) {
        setHeaderTitle(row.displayName() + ": " + row.weeks().size() + " weeks");
        setId("breakdown-dialog");
        setWidth("min(64rem, 95vw)");
        String summary = BudgetChart.summary(row.weeks(), thisMonday);
        String overWeeks = summary.lines().findFirst().orElse("");
        String thisWeek = row.weeks().stream().filter(w -> w.monday().equals(thisMonday)).findFirst()
                .map(w -> "\n" + BudgetChart.week(w, thisMonday)).orElse("");
        chart.getChildren().filter(Paragraph.class::isInstance).findFirst()
                .ifPresent(text -> text.getStyle().set("white-space", "pre-line"));
        chart.show(BudgetChart.option(row.weeks(), thisMonday), overWeeks + thisWeek);
        chart.setWidthFull();
        chart.chart().setWidthFull();
        everyWeek.setId("breakdown-weeks");
        everyWeek.getStyle().set("white-space", "pre-line");
        everyWeek.setText(summary.lines().skip(1).collect(Collectors.joining("\n")));
        Details words = new Details("Every week in words", everyWeek);
        words.setId("breakdown-details");
        add(chart, words);
        Button close = new Button("Close", click -> close());
        close.setId("breakdown-close");
        getFooter().add(close);
    }
}
