package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.caseload.PatientPageContent;
import care.alliance.patients.CurrentEpisodes.NextAppointment;
import care.alliance.shared.ui.DisplayTime;

/** Who the patient is, where they are in the flow, when they are next seen, how treatment is going. */
class PatientHeader extends VerticalLayout {

    private final H2 name = new H2();
    private final Paragraph summary = new Paragraph();
    private final Paragraph next = new Paragraph();
    private final Paragraph status = new Paragraph();

    PatientHeader(RiskFlagPanel riskFlags) {
        setPadding(false);
        setSpacing(false);
        summary.setId("patient-summary");
        next.setId("next-appointment");
        status.setId("live-status");
        add(name, summary, next, status, riskFlags);
    }

    void show(PatientPageContent content) {
        name.setText(content.patient().displayName());
        summary.setText(content.patient().programmeId() + " · " + content.patient().stage().label()
                + " · referred " + content.patient().referredOn());
        next.setText("Next appointment: " + appointment(content.episode().next()));
        int sessions = content.outcome().treatmentSessions();
        status.setText("Progress: " + content.outcome().status().label() + " (NHS Talking Therapies rules; "
                + sessions + (sessions == 1 ? " treatment session" : " treatment sessions") + " attended)");
    }

    private static String appointment(NextAppointment next) {
        return next == null ? "None booked"
                : DisplayTime.dateTime(next.start()) + " · " + next.kind().label() + " · " + next.minutes() + " min";
    }
}
