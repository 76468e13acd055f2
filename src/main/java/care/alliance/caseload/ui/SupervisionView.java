package care.alliance.caseload.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.caseload.SupervisionRow;
import care.alliance.caseload.SupervisionService;
import care.alliance.security.CurrentUser;
import care.alliance.security.Role;

/**
 * Episodes to bring to supervision (clinical.md §2): a PWP's own, or for a manager every PWP's in
 * the service, with whose patient it is. Loaded lazily; opening a row opens the patient page.
 */
@Route("supervision")
@PageTitle("Supervision list · Alliance")
@Menu(title = "Supervision list", order = 35, icon = "vaadin:clipboard-pulse")
@RolesAllowed({"PWP", "MANAGER"})
class SupervisionView extends VerticalLayout {

    SupervisionView(SupervisionService supervision, CurrentUser currentUser) {
        int count = supervision.count();
        Paragraph summary = new Paragraph(CaseloadText.patients(count) + " reliably deteriorated, or not improving"
                + " after 4 or more attended treatment sessions. Open episodes only.");
        summary.setId("supervision-summary");
        add(new H2("Supervision list"), summary);
        if (count == 0) {
            Paragraph empty = new Paragraph("No open episode has reliably deteriorated or is not improving by"
                    + " session 4.");
            empty.setId("supervision-empty");
            add(empty);
            return;
        }
        Grid<SupervisionRow> grid = new Grid<>();
        grid.setId("supervision-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.displayName() + " · " + row.programmeId()).setHeader("Patient").setKey("patient")
                .setAutoWidth(true).setFlexGrow(1);
        if (currentUser.require().role() == Role.MANAGER) {
            grid.addColumn(SupervisionRow::pwpName).setHeader("PWP").setKey("pwp").setAutoWidth(true);
        }
        grid.addColumn(row -> row.status().label()).setHeader("Status").setKey("status").setAutoWidth(true);
        grid.addColumn(SupervisionRow::attendedSessions).setHeader("Attended sessions").setKey("sessions")
                .setAutoWidth(true);
        grid.addColumn(row -> CaseloadText.firstToLatest(row.phq9First(), row.phq9Latest()))
                .setHeader("PHQ-9 first → latest").setKey("phq9").setAutoWidth(true);
        grid.addColumn(row -> CaseloadText.firstToLatest(row.gad7First(), row.gad7Latest()))
                .setHeader("GAD-7 first → latest").setKey("gad7").setAutoWidth(true);
        grid.addColumn(row -> row.stage().label()).setHeader("Stage").setKey("stage").setAutoWidth(true);
        grid.setItems(query -> supervision.page(query.getOffset(), query.getLimit()).stream(), query -> count);
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(PatientView.class, click.getItem().patientId())));
        add(grid);
        setSizeFull();
    }
}
