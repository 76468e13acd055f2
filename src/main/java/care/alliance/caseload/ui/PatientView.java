package care.alliance.caseload.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.caseload.PatientMessages;
import care.alliance.caseload.PatientPage;
import care.alliance.caseload.PatientPageContent;
import care.alliance.caseload.RiskFlagReviews;
import care.alliance.digest.ui.DigestPanel;
import care.alliance.navigator.TechnicalIssues;
import care.alliance.shared.ui.PatientDataSignals;
import care.alliance.timebudget.VisitSurface;
import care.alliance.timebudget.ui.VisitTracking;

/**
 * The page a PWP reads before and during a session (a manager may open it too): risk first, then
 * how the patient has been doing, what they did in the app, what is broken, the navigator's summary and
 * the reminders agreed with the patient, and the digest. It
 * refreshes itself, by push, whenever this patient's data change, actions taken here included.
 */
@Route("patients")
@PageTitle("Patient · Alliance")
@RolesAllowed({"PWP", "MANAGER"})
public class PatientView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PatientPage page;
    private final PatientDataSignals signals;
    private final VisitTracking visits;
    private final RiskFlagPanel riskFlags;
    private final PatientHeader header;
    private final ProgrammeCharts charts = new ProgrammeCharts();
    private final ActivityTabs activity;
    private final TechnicalIssuesSection issues;
    private final DigestPanel digest = new DigestPanel();
    private final DataSummarySection dataSummary = new DataSummarySection();
    private final ReminderScheduleSection reminders = new ReminderScheduleSection();
    private long patientId;
    private Registration subscription;

    PatientView(PatientPage page, PatientDataSignals signals, RiskFlagReviews reviews, PatientMessages messages,
            TechnicalIssues technicalIssues, VisitTracking visits) {
        this.page = page;
        this.signals = signals;
        this.visits = visits;
        riskFlags = new RiskFlagPanel(flag -> new ReviewFlagDialog(reviews, flag).open());
        header = new PatientHeader(riskFlags);
        activity = new ActivityTabs(messages);
        issues = new TechnicalIssuesSection(technicalIssues);
        add(header, charts, new H3("Recent activity (" + PatientPage.ROWS_SHOWN + " most recent of each)"), activity, issues, dataSummary, reminders, digest);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        patientId = id;
        // not yours, or no such patient: the service has audited the attempt and throws
        // AccessDeniedException, which the router turns into the shell's AccessDeniedView
        show(page.load(id));
        visits.track(this, id, VisitSurface.PATIENT_PAGE); // the PWP's active time here counts (issue #7)
    }

    private void show(PatientPageContent content) {
        header.show(content);
        riskFlags.show(content.openFlags(), content.reviewedFlags());
        charts.show(content);
        activity.show(content);
        issues.show(content.patient().id(), content.issues());
        dataSummary.show(content.dataSummary());
        reminders.show(content.reminders());
        digest.show(content.digest());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = signals.onChange(patientId, () -> ui.access(() -> show(page.load(patientId))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }
}
