package care.alliance.caseload.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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

import care.alliance.caseload.CaseloadFilter;
import care.alliance.caseload.CaseloadRow;
import care.alliance.caseload.CaseloadService;
import care.alliance.caseload.CaseloadSort;
import care.alliance.shared.ui.GridRows;

/**
 * A PWP's landing page: their open caseload, risk first, loaded lazily a page at a time. The view
 * counts once per filter change and hands that count to the grid, so opening it costs one count and
 * one page read (each one statement).
 */
@Route("caseload")
@PageTitle("My caseload · Alliance")
@Menu(title = "My caseload", order = 10, icon = "vaadin:users")
@RolesAllowed("PWP")
class CaseloadView extends VerticalLayout {

    private final CaseloadService caseload;
    private final CaseloadFilters filters = new CaseloadFilters(this::refresh);
    private final Span resultCount = new Span();
    private final Grid<CaseloadRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("You have no open patients. New referrals assigned to you will appear here.");
    private final Paragraph noMatch = new Paragraph("No patients match these filters.");
    private CaseloadFilter filter = CaseloadFilter.NONE;
    private int count;

    CaseloadView(CaseloadService caseload) {
        this.caseload = caseload;
        resultCount.setId("caseload-count");
        empty.setId("caseload-empty");
        noMatch.setId("caseload-no-match");
        grid.setId("caseload-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        columns();
        grid.setItems(query -> caseload.page(filter, query.getOffset(), query.getLimit(), sort(query.getSortOrders()))
                .stream(), query -> count);
        GridRows.openOnClickOrEnter(grid, this::open);
        add(new H2("My caseload"), filters, resultCount, empty, noMatch, grid);
        setSizeFull();
        refresh();
    }

    private void columns() {
        grid.addColumn(new ComponentRenderer<>(CaseloadView::patientCell)).setHeader("Patient").setKey("patient")
                .setSortProperty(CaseloadSort.PATIENT.name()).setAutoWidth(true).setFlexGrow(1);
        column("stage", "Stage", CaseloadSort.STAGE, row -> row.stage().label());
        column("next", "Next appointment", CaseloadSort.NEXT_APPOINTMENT,
                row -> CaseloadText.appointment(row.nextAppointmentAt(), row.nextAppointmentKind()));
        column("phq9", "PHQ-9", CaseloadSort.PHQ9, row -> CaseloadText.score(row.phq9()));
        column("gad7", "GAD-7", CaseloadSort.GAD7, row -> CaseloadText.score(row.gad7()));
        column("status", "Status", CaseloadSort.STATUS, row -> CaseloadText.status(row.status()));
        column("mood", "Mood ratings (last 7 days)", CaseloadSort.MOOD, row -> CaseloadText.moodDays(row.moodDays()));
        column("modules", "Modules", CaseloadSort.MODULES, row -> CaseloadText.coreModules(row.coreModulesDone()));
        column("issues", "Technical issues", CaseloadSort.ISSUES, row -> CaseloadText.count(row.openIssues(), "open"));
        column("unread", "Messages", CaseloadSort.UNREAD, row -> CaseloadText.count(row.unreadMessages(), "unread"));
        grid.addColumn(CaseloadText::blended).setHeader("Blended ready").setKey("blended").setAutoWidth(true);
    }

    private void column(String key, String header, CaseloadSort sort, Function<CaseloadRow, String> text) {
        grid.addColumn(text::apply).setHeader(header).setKey(key).setSortProperty(sort.name()).setAutoWidth(true);
    }

    /** Name, programme id and, for an open risk flag, a badge in words (H01: never colour alone). */
    static Div patientCell(CaseloadRow row) {
        Span name = new Span(row.displayName());
        name.addClassName("caseload-name");
        Span programmeId = new Span(" " + row.programmeId());
        programmeId.addClassName("caseload-programme-id");
        Div cell = new Div(name, programmeId);
        if (row.hasOpenRiskFlag()) {
            Span badge = new Span("Risk flag open");
            badge.getElement().getThemeList().add("badge error primary");
            badge.addClassName("risk-badge");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    private void refresh() {
        filter = filters.value();
        count = caseload.count(filter);
        boolean noPatients = count == 0 && filter.isEmpty();
        resultCount.setText(CaseloadText.patients(count));
        filters.setVisible(!noPatients);
        resultCount.setVisible(!noPatients);
        empty.setVisible(noPatients);
        noMatch.setVisible(count == 0 && !noPatients);
        grid.setVisible(count > 0);
        grid.getDataProvider().refreshAll();
    }

    private void open(CaseloadRow row) {
        getUI().ifPresent(ui -> ui.navigate(PatientView.class, row.patientId()));
    }

    /** Grid sort properties are CaseloadSort names set above; anything else is ignored, never passed on. */
    static List<CaseloadSort.Order> sort(List<QuerySortOrder> orders) {
        return orders.stream().map(order -> parse(order.getSorted())
                .map(column -> new CaseloadSort.Order(column, order.getDirection() == SortDirection.DESCENDING)))
                .flatMap(Optional::stream).toList();
    }

    private static Optional<CaseloadSort> parse(String name) {
        try {
            return Optional.of(CaseloadSort.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
