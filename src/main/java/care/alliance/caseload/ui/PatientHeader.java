package care.alliance.caseload.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.caseload.PatientPageContent;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.AppointmentKind;
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
        status.setText("Progress: " + words(content.outcome().status()) + " (NHS Talking Therapies rules; "
                + sessions + (sessions == 1 ? " treatment session" : " treatment sessions") + " attended)");
    }

    private static String appointment(NextAppointment next) {
        return next == null ? "None booked"
                : DisplayTime.dateTime(next.start()) + " · " + words(next.kind()) + " · " + next.minutes() + " min";
    }

    // The same words as the caseload list's; once that branch's LiveStatus.label() and
    // AppointmentKind.label() are on main, these two switches give way to them.
    static String words(LiveStatus status) {
        return switch (status) {
            case INSUFFICIENT_DATA -> "Not enough scores yet";
            case RELIABLY_DETERIORATED -> "Reliably deteriorated";
            case ON_TRACK -> "On track (reliable improvement)";
            case NOT_IMPROVING_BY_SESSION_4 -> "Not improving by session 4";
            case NO_RELIABLE_CHANGE -> "No reliable change yet";
        };
    }

    static String words(AppointmentKind kind) {
        return switch (kind) {
            case ASSESSMENT -> "Assessment";
            case FACE_TO_FACE -> "Face to face";
            case ONLINE_REVIEW -> "Online review";
        };
    }
}
