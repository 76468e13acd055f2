package care.alliance.admin.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.security.ApiScope;
import care.alliance.security.IntegrationAdmin;
import care.alliance.security.IntegrationSummary;
import care.alliance.shared.ui.DisplayTime;

/** Integrations of other systems: create one, see its token once, rotate or revoke it. */
@Route("admin/integrations")
@PageTitle("Integrations · Alliance")
@Menu(title = "Integrations", order = 91, icon = "vaadin:connect")
@RolesAllowed("ADMIN")
class IntegrationsView extends VerticalLayout {

    private final IntegrationAdmin admin;
    private final Grid<IntegrationSummary> grid = new Grid<>();

    IntegrationsView(IntegrationAdmin admin) {
        this.admin = admin;
        Button create = new Button("New integration", click -> new NewIntegrationDialog(admin, issued -> {
            refresh();
            new TokenDialog(issued).open();
        }).open());
        create.setId("new-integration");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(new H2("Integrations"),
                new Paragraph("Systems that call the Alliance API, such as the digital programme. Each has a token "
                        + "with the scopes it needs; the token is shown once, when it is created or rotated."),
                create, grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        grid.setId("integrations-grid");
        grid.addColumn(IntegrationSummary::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(i -> i.scopes().stream().map(ApiScope::value).sorted().collect(Collectors.joining(", ")))
                .setHeader("Scopes").setFlexGrow(1);
        grid.addColumn(IntegrationSummary::tokenHint).setHeader("Token").setAutoWidth(true);
        grid.addColumn(i -> DisplayTime.dateTime(i.createdAt()) + " by " + i.createdBy()).setHeader("Created").setAutoWidth(true);
        grid.addColumn(i -> i.active() ? "Active" : "Revoked " + DisplayTime.dateTime(i.revokedAt()))
                .setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setEmptyStateText("No integrations yet. Create one for each system that calls the API.");
    }

    private HorizontalLayout actions(IntegrationSummary integration) {
        if (!integration.active()) {
            return new HorizontalLayout();
        }
        Button rotate = new Button("New token", click -> confirm("Issue a new token for " + integration.name() + "?",
                "The current token stops working at once. The system using it needs the new token.", "Issue new token",
                () -> new TokenDialog(admin.rotate(integration.id())).open()));
        Button revoke = new Button("Revoke", click -> confirm("Revoke " + integration.name() + "?",
                "Its token stops working at once and cannot be brought back.", "Revoke",
                () -> admin.revoke(integration.id())));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rotate.setId("rotate-" + integration.name());
        revoke.setId("revoke-" + integration.name());
        return new HorizontalLayout(rotate, revoke);
    }

    private void confirm(String header, String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, event -> {
            try {
                onConfirm.run();
            } catch (IllegalArgumentException e) {
                Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void refresh() {
        grid.setItems(admin.list());
    }
}
