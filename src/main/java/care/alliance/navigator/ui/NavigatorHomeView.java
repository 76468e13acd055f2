package care.alliance.navigator.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.NavigatorQueue;
import care.alliance.navigator.QueueRow;
import care.alliance.navigator.QueueSort;
import care.alliance.shared.ui.GridRows;

/**
 * The digital navigator's landing page: the triage queue of their service's technical issues, most
 * severe first, then longest waiting, loaded lazily (one count per filter change, one statement per
 * page). A row opens the issue.
 */
@Route("navigator")
@PageTitle("Navigator workspace · Alliance")
@Menu(title = "Navigator workspace", order = 20, icon = "vaadin:tools")
@RolesAllowed("NAVIGATOR")
class NavigatorHomeView extends VerticalLayout {

    private final QueueFilters filters = new QueueFilters(this::refresh);
    private final Span resultCount = new Span();
    private final Grid<QueueRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No unresolved technical issues in your service. Issues appear here "
            + "when detection rules find a problem or a PWP hands one over.");
    private final Paragraph noMatch = new Paragraph("No issues match these filters.");
    private final NavigatorQueue queue;
    private int count;

    NavigatorHomeView(NavigatorQueue queue) {
        this.queue = queue;
        resultCount.setId("queue-count");
        empty.setId("queue-empty");
        noMatch.setId("queue-no-match");
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.patientName() + " · " + row.programmeId()).setHeader("Patient").setKey("patient")
                .setAutoWidth(true).setFlexGrow(1);
        column("category", "Problem", row -> row.category().label());
        column("severity", "Severity", row -> row.severity().label()).setSortProperty(QueueSort.SEVERITY.name());
        column("source", "Source", row -> row.source().label());
        column("age", "Age", row -> QueueText.age(row.workingDaysOpen())).setSortProperty(QueueSort.AGE.name());
        grid.addColumn(new ComponentRenderer<>(row -> QueueText.sla(row.overdue()))).setHeader("Target")
                .setKey("sla").setAutoWidth(true);
        column("assignee", "Assigned to", row -> row.assignee() == null ? "Unassigned"
                : row.assignedToMe() ? "You" : row.assignee());
        column("status", "Status", row -> row.status().label());
        grid.setItems(query -> queue.page(filters.value(), query.getOffset(), query.getLimit(),
                sort(query.getSortOrders())).stream(), query -> count);
        GridRows.openOnClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(IssueView.class, row.issueId())));
        add(new H2("Navigator workspace"),
                new Paragraph("Technical issues of your service. Pass any clinical red flag to the patient's PWP."),
                filters, resultCount, empty, noMatch, grid);
        setSizeFull();
        refresh();
    }

    private Grid.Column<QueueRow> column(String key, String header, Function<QueueRow, String> text) {
        return grid.addColumn(text::apply).setHeader(header).setKey(key).setAutoWidth(true);
    }

    private void refresh() {
        count = queue.count(filters.value());
        boolean none = count == 0 && filters.value().isEmpty();
        resultCount.setText(QueueText.issues(count));
        filters.setVisible(!none);
        resultCount.setVisible(!none);
        empty.setVisible(none);
        noMatch.setVisible(count == 0 && !none);
        grid.setVisible(count > 0);
        grid.getDataProvider().refreshAll();
    }

    /** Grid sort properties are QueueSort names set above; anything else is ignored, never passed on. */
    static List<QueueSort.Order> sort(List<QuerySortOrder> orders) {
        return orders.stream().filter(o -> o.getSorted().equals(QueueSort.AGE.name())
                || o.getSorted().equals(QueueSort.SEVERITY.name()))
                .map(o -> new QueueSort.Order(QueueSort.valueOf(o.getSorted()),
                        o.getDirection() == SortDirection.DESCENDING)).toList();
    }
}
