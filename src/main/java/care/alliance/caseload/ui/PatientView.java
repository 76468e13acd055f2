package care.alliance.caseload.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.caseload.PatientPage;
import care.alliance.outcomes.Score;
import care.alliance.programme.MoodHistory;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.PatientDataSignals;

/**
 * One patient: who, where in the flow, and the latest programme data. Refreshes itself, by push,
 * when new data for this patient arrives. The full patient page grows from here.
 */
@Route("patients")
@PageTitle("Patient · Alliance")
@RolesAllowed({"PWP", "MANAGER"})
public class PatientView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PatientPage page;
    private final PatientDataSignals signals;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Grid<MoodHistory.MoodRating> moods = new Grid<>();
    private final Grid<Score> questionnaires = new Grid<>();
    private long patientId;
    private Registration subscription;

    PatientView(PatientPage page, PatientDataSignals signals) {
        this.page = page;
        this.signals = signals;
        summary.setId("patient-summary");
        moods.setId("mood-grid");
        moods.addColumn(m -> DisplayTime.dateTime(m.occurredAt())).setHeader("Rated").setAutoWidth(true);
        moods.addColumn(MoodHistory.MoodRating::score).setHeader("Mood (1–10)").setAutoWidth(true);
        moods.setEmptyStateText("No mood ratings yet.");
        questionnaires.setId("questionnaire-grid");
        questionnaires.addColumn(q -> DisplayTime.dateTime(q.occurredAt())).setHeader("Answered").setAutoWidth(true);
        questionnaires.addColumn(q -> q.instrument().name()).setHeader("Measure").setAutoWidth(true);
        questionnaires.addColumn(Score::total).setHeader("Total").setAutoWidth(true);
        questionnaires.setEmptyStateText("No questionnaires yet.");
        VerticalLayout moodColumn = new VerticalLayout(new H3("Recent mood ratings"), moods);
        VerticalLayout questionnaireColumn = new VerticalLayout(new H3("Questionnaires"), questionnaires);
        HorizontalLayout data = new HorizontalLayout(moodColumn, questionnaireColumn);
        data.setWidthFull();
        add(title, summary, data);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        patientId = id;
        // not yours, or no such patient: the service has audited the attempt and throws
        // AccessDeniedException, which the router turns into the shell's AccessDeniedView
        show(page.load(id));
    }

    private void show(PatientPage.Content content) {
        title.setText(content.patient().displayName());
        summary.setText(content.patient().programmeId() + " · " + content.patient().stage().label()
                + " · referred " + content.patient().referredOn());
        moods.setItems(content.moods());
        questionnaires.setItems(content.questionnaires());
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
