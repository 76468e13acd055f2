package care.alliance.navigator.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The digital navigator's landing page; the triage queue and onboarding views build on it. */
@Route("navigator")
@PageTitle("Navigator workspace · Alliance")
@Menu(title = "Navigator workspace", order = 20, icon = "vaadin:tools")
@RolesAllowed("NAVIGATOR")
class NavigatorHomeView extends VerticalLayout {

    NavigatorHomeView() {
        add(new H2("Navigator workspace"),
                new Paragraph("Keep the technology out of the therapy: set patients up, work technical issues, "
                        + "and pass any clinical red flag to the patient's PWP."));
    }
}
