package care.alliance.digest.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.digest.DigestInboxRow;
import care.alliance.digest.Digests;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.GridRows;

/**
 * A PWP's upcoming sessions with their pre-session digests, unread first: the list to work through
 * the evening before or the morning of a clinic. Opening a row opens its digest (an audited read that
 * marks it read).
 */
@Route("digests")
@PageTitle("Digest inbox · Alliance")
@Menu(title = "Digest inbox", order = 15, icon = "vaadin:inbox")
@RolesAllowed("PWP")
class DigestInboxView extends VerticalLayout {

    static final String EMPTY = "You have no sessions booked from today for the next week.";
    static final String HOW = "Digests are built at 18:00 the evening before each session, and again 2 hours"
            + " before it when new data has arrived.";

    DigestInboxView(Digests digests) {
        List<DigestInboxRow> rows = digests.inbox();
        long unread = rows.stream().filter(DigestInboxRow::unread).count();
        Paragraph summary = new Paragraph((unread == 0 ? "No unread digests" : unread + " unread digest"
                + (unread == 1 ? "" : "s")) + " · " + rows.size() + " session" + (rows.size() == 1 ? "" : "s")
                + " from today. " + HOW);
        summary.setId("digest-inbox-summary");
        add(new H2("Digest inbox"), summary);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(EMPTY);
            empty.setId("digest-inbox-empty");
            add(empty);
            return;
        }
        Grid<DigestInboxRow> grid = new Grid<>();
        grid.setId("digest-inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DigestInboxView::state).setHeader("Digest").setKey("state").setAutoWidth(true);
        grid.addColumn(row -> DisplayTime.dateTime(row.start()) + " · " + row.kind().label()).setHeader("Session")
                .setKey("session").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(DigestInboxView::patient)).setHeader("Patient").setKey("patient")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(DigestInboxView::built).setHeader("Built").setKey("built").setAutoWidth(true);
        // unread rows read bold (the state column says it in words too: never styling alone)
        grid.setPartNameGenerator(row -> row.unread() ? "digest-unread" : null);
        grid.setItems(rows);
        GridRows.openOnClickOrEnter(grid, row -> getUI().ifPresent(ui ->
                ui.navigate(DigestView.class, row.appointmentId())));
        add(grid);
        setSizeFull();
    }

    /** The name, and an open risk flag in words as in the caseload (H01), whatever the digest says. */
    private static Span patient(DigestInboxRow row) {
        Span cell = new Span(row.patientName());
        if (row.riskFlagOpen()) {
            Span badge = new Span("Risk flag open");
            badge.getElement().getThemeList().add("badge error primary");
            badge.addClassName("risk-badge");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    static String state(DigestInboxRow row) {
        if (!row.built()) {
            return "Not built yet";
        }
        return (row.unread() ? "Unread" : "Read") + " · version " + row.version()
                + (row.stale() ? " · new data since built" : "");
    }

    static String built(DigestInboxRow row) {
        return row.built() ? DisplayTime.dateTime(row.builtAt()) : "From 18:00 the evening before";
    }
}
