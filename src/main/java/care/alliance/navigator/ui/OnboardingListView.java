package care.alliance.navigator.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.Onboarding;
import care.alliance.navigator.OnboardingRow;
import care.alliance.navigator.OnboardingStep;
import care.alliance.shared.ui.GridRows;

/**
 * The patients of the navigator's service who are not yet ready for blended sessions, fewest steps
 * done first, loaded lazily (one count, one statement per page). A row (click or Enter) opens the
 * patient's checklist.
 */
@Route("navigator/onboarding")
@PageTitle("Onboarding · Alliance")
@Menu(title = "Onboarding", order = 21, icon = "vaadin:check-square-o")
@RolesAllowed("NAVIGATOR")
class OnboardingListView extends VerticalLayout {

    private final Span resultCount = new Span();
    private final Paragraph empty = new Paragraph("Every patient of your service with an open episode is ready for "
            + "blended sessions. New referrals appear here until their onboarding is complete.");
    private final Grid<OnboardingRow> grid = new Grid<>();

    OnboardingListView(Onboarding onboarding) {
        resultCount.setId("onboarding-count");
        empty.setId("onboarding-empty");
        grid.setId("onboarding-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.patientName() + " · " + row.programmeId()).setHeader("Patient").setKey("patient")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(row -> steps(row.stepsDone())).setHeader("Steps done").setKey("steps").setAutoWidth(true);
        int count = onboarding.countNotReady();
        grid.setItems(query -> onboarding.pageNotReady(query.getOffset(), query.getLimit()).stream(), query -> count);
        GridRows.openOnClickOrEnter(grid,
                row -> getUI().ifPresent(ui -> ui.navigate(OnboardingView.class, row.patientId())));
        resultCount.setText(count == 1 ? "1 patient not yet ready" : count + " patients not yet ready");
        resultCount.setVisible(count > 0);
        empty.setVisible(count == 0);
        grid.setVisible(count > 0);
        add(new H2("Onboarding"), new Paragraph("Set each patient up for the programme. Only when every step is "
                + "ticked can you mark them ready for the PWP's first blended session."), resultCount, empty, grid);
        setSizeFull();
    }

    static String steps(int done) {
        return done + "/" + OnboardingStep.COUNT;
    }
}
