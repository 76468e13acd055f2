package care.alliance.digest.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.digest.DigestInboxRow;
import care.alliance.digest.DigestPage;
import care.alliance.digest.Digests;
import care.alliance.security.CurrentUser;
import care.alliance.security.Role;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.timebudget.VisitSurface;
import care.alliance.timebudget.ui.VisitTracking;

/**
 * One appointment's digest on one screen. The URL carries the appointment's database id, no patient
 * data (H12); another PWP's appointment is refused by the service (audited) and shown as the shell's
 * access-denied page.
 */
@Route("digests/appointment")
@PageTitle("Digest · Alliance")
@RolesAllowed({"PWP", "MANAGER"})
public class DigestView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Digests digests;
    private final VisitTracking visits;
    private final H2 title = new H2();
    private final Paragraph session = new Paragraph();
    private final DigestPanel panel = new DigestPanel();
    private final HorizontalLayout links = new HorizontalLayout();

    DigestView(Digests digests, CurrentUser currentUser, VisitTracking visits) {
        this.digests = digests;
        this.visits = visits;
        session.setId("digest-session");
        links.setId("digest-links");
        if (currentUser.require().role() == Role.PWP) { // a manager has no inbox
            links.add(new Anchor("digests", "Back to the digest inbox"));
        }
        add(title, session, links, panel);
    }

    @Override
    public void setParameter(BeforeEvent event, Long appointmentId) {
        DigestPage page = digests.open(appointmentId);
        DigestInboxRow appointment = page.appointment();
        title.setText("Digest: " + appointment.patientName());
        session.setText(appointment.kind().label() + " on " + DisplayTime.dateTime(appointment.start())
                + " (appointment " + appointment.appointment() + ")");
        links.add(new Anchor("patients/" + appointment.patientId(), "Open the patient page"));
        panel.show(page.digest());
        visits.track(this, appointment.patientId(), VisitSurface.DIGEST); // reading it is counted work (issue #7)
    }
}
