package care.alliance.caseload.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.patients.CaseloadEntry;
import care.alliance.patients.PatientService;
import care.alliance.shared.ui.DisplayTime;

/** A PWP's landing page: their open caseload. The full caseload view (risk first) builds on this. */
@Route("caseload")
@PageTitle("My caseload · Alliance")
@Menu(title = "My caseload", order = 10, icon = "vaadin:users")
@RolesAllowed("PWP")
class CaseloadView extends VerticalLayout {

    CaseloadView(PatientService patients) {
        List<CaseloadEntry> caseload = patients.myCaseload();
        add(new H2("My caseload"));
        if (caseload.isEmpty()) {
            Paragraph empty = new Paragraph("You have no open patients. New referrals assigned to you will appear here.");
            empty.setId("caseload-empty");
            add(empty);
            return;
        }
        Grid<CaseloadEntry> grid = new Grid<>();
        grid.setId("caseload-grid");
        grid.addColumn(CaseloadEntry::displayName).setHeader("Patient").setSortable(true).setAutoWidth(true);
        grid.addColumn(CaseloadEntry::programmeId).setHeader("Programme id").setAutoWidth(true);
        grid.addColumn(e -> e.stage().label()).setHeader("Stage").setSortable(true).setAutoWidth(true);
        grid.addColumn(CaseloadEntry::referredOn).setHeader("Referred").setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.nextAppointment() == null ? "None booked" : DisplayTime.dateTime(e.nextAppointment()))
                .setHeader("Next appointment").setAutoWidth(true);
        grid.setItems(caseload);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(PatientView.class, click.getItem().patientId())));
        add(new Paragraph(caseload.size() + " open patients"), grid);
        setSizeFull();
    }
}
