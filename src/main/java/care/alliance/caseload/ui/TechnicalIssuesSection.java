package care.alliance.caseload.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.navigator.TechnicalIssue;
import care.alliance.navigator.TechnicalIssues;
import care.alliance.shared.ui.DisplayTime;

/**
 * The patient's technical issues with their state, resolution and the navigator's latest note, and the
 * one-click hand-over of a new problem to the navigator. The page refreshes when the navigator acts.
 */
class TechnicalIssuesSection extends VerticalLayout {

    private final Grid<TechnicalIssue> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private long patientId;

    TechnicalIssuesSection(TechnicalIssues issues) {
        setPadding(false);
        grid.setId("issue-grid");
        grid.addColumn(i -> i.category().label()).setHeader("Problem").setAutoWidth(true);
        grid.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(i -> i.source().label()).setHeader("Source").setAutoWidth(true);
        grid.addColumn(i -> DisplayTime.dateTime(i.openedAt())).setHeader("Opened").setAutoWidth(true);
        grid.addColumn(i -> i.resolved() ? i.resolution() : "–").setHeader("Resolution").setKey("resolution");
        // where the navigator has got to, so the PWP need not ask (take, status, notes, resolution)
        grid.addColumn(i -> i.latestNavigatorNote() == null ? "–" : i.latestNavigatorNote())
                .setHeader("Navigator's latest note").setKey("navigator-note");
        grid.setEmptyStateText("No technical issues for this patient.");
        grid.setAllRowsVisible(true);
        // the resolution and the navigator's note are sentences the PWP has to read whole, not "Reminders …"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        outcome.setId("issue-report-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        Button report = new Button("Report a technical problem",
                click -> new ReportIssueDialog(issues, patientId, this::sent).open());
        report.setId("report-issue");
        add(new H3("Technical issues"), report, outcome, grid);
    }

    void show(long patientId, List<TechnicalIssue> rows) {
        this.patientId = patientId;
        grid.setItems(rows);
    }

    private void sent(ReportIssueDialog.Sent sent) {
        outcome.setVisible(true);
        outcome.setText(sent.addedToOpenIssue()
                ? "Added to the open \"" + sent.category().label() + "\" issue."
                : "Sent to the digital navigator.");
    }
}
