package care.alliance.admin.ui;

import java.time.Instant;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.security.StaffDirectory;
import care.alliance.security.StaffSummary;

/** The administrator's landing page: staff accounts, their roles and any lock. */
@Route("admin/users")
@PageTitle("Staff accounts · Alliance")
@Menu(title = "Staff accounts", order = 90, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class StaffView extends VerticalLayout {

    StaffView(StaffDirectory directory) {
        Grid<StaffSummary> grid = new Grid<>();
        grid.setId("staff-grid");
        grid.addColumn(StaffSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(StaffSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(s -> s.role().name()).setHeader("Role").setAutoWidth(true);
        grid.addColumn(s -> s.lockedUntil() != null && s.lockedUntil().isAfter(Instant.now())
                ? "Locked" : s.enabled() ? "Active" : "Disabled").setHeader("Status").setAutoWidth(true);
        grid.setItems(directory.listStaff());
        add(new H2("Staff accounts"), grid);
        setSizeFull();
    }
}
