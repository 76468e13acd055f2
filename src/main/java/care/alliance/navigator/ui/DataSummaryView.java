package care.alliance.navigator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.DataSummaries;
import care.alliance.navigator.SummaryWords;
import care.alliance.navigator.DataSummary;
import care.alliance.navigator.DataSummaryDraft;
import care.alliance.shared.ui.DisplayTime;

/**
 * The navigator writes a data summary for the PWP: the facts generated now, in words; a text area for
 * their own words with a counter; Publish, after a confirmation; and what was published before. Only
 * the patient's id is in the URL (H12); another service's patient is refused and audited by the service.
 */
@Route("navigator/patients/:patientId(\\d+)/summary")
@PageTitle("Data summary · Alliance")
@RolesAllowed("NAVIGATOR")
class DataSummaryView extends VerticalLayout implements BeforeEnterObserver {

    private final DataSummaries summaries;
    private final H2 title = new H2();
    private final Paragraph period = new Paragraph();
    private final UnorderedList facts = new UnorderedList();
    private final Paragraph outcome = new Paragraph();
    private final TextArea words = new TextArea("Your summary for the PWP");
    private final Button publish = new Button("Publish…");
    private final Grid<DataSummary> history = new Grid<>();
    private DataSummaryDraft draft;

    DataSummaryView(DataSummaries summaries) {
        this.summaries = summaries;
        title.setId("summary-title");
        period.setId("summary-period");
        facts.setId("summary-facts");
        outcome.setId("summary-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        words.setId("summary-text");
        words.setWidth("40rem");
        words.setMaxLength(SummaryWords.MAX);
        words.setValueChangeMode(ValueChangeMode.EAGER);
        words.addValueChangeListener(change -> count());
        publish.setId("summary-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> confirm());
        history.setId("summary-history");
        history.addColumn(s -> DisplayTime.dateTime(s.publishedAt())).setHeader("Published").setAutoWidth(true);
        history.addColumn(DataSummary::author).setHeader("By").setAutoWidth(true);
        history.addColumn(DataSummary::words).setHeader("Words").setKey("words").setFlexGrow(1);
        history.setEmptyStateText("No summary published yet.");
        history.setAllRowsVisible(true);
        add(new RouterLink("Back to the queue", NavigatorHomeView.class), title, period, facts, words, publish,
                outcome, new H3("Published before"), history);
    }

    /** The link the issue and onboarding pages give; {@link #point} aims it at the patient they show. */
    static RouterLink link() {
        RouterLink link = new RouterLink();
        link.setText("Data summary for the PWP");
        link.setId("summary-link");
        return link;
    }

    static void point(RouterLink link, long patientId) {
        link.setRoute(DataSummaryView.class, new RouteParameters("patientId", String.valueOf(patientId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long patientId = Long.parseLong(event.getRouteParameters().get("patientId").orElseThrow());
        outcome.setVisible(false);
        words.clear();
        words.setInvalid(false);
        // another service's patient, or none: the service has audited the attempt and throws
        // AccessDeniedException, which the router turns into the shell's AccessDeniedView
        show(summaries.draft(patientId));
    }

    private void show(DataSummaryDraft shown) {
        draft = shown;
        title.setText("Data summary · " + shown.patientName());
        period.setText(shown.programmeId() + " · the last " + shown.facts().days() + " days ("
                + DisplayTime.period(shown.facts().from(), shown.facts().to()) + "), as of now. These facts are stored with your words.");
        facts.removeAll();
        shown.facts().sentences().forEach(sentence -> facts.add(new ListItem(sentence)));
        history.setItems(shown.published());
        count();
    }

    private void count() {
        int length = words.getValue().strip().length();
        words.setHelperText(length + " / " + SummaryWords.MAX + " characters (at least "
                + SummaryWords.MIN + "). What you see in the data, and what you did or suggest.");
    }

    private void confirm() {
        try {
            SummaryWords.valid(words.getValue());
        } catch (IllegalArgumentException refused) {
            refuse(refused);
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog("Publish this summary?", "The patient's PWP will see it on the "
                + "patient page and in the next pre-session digest. A published summary cannot be changed; you "
                + "can publish a new one.", "Publish", confirm -> publish());
        dialog.setCancelable(true);
        dialog.setId("summary-publish-dialog");
        dialog.open();
    }

    private void publish() {
        long patientId = draft.patientId();
        try {
            summaries.publish(patientId, draft.facts(), words.getValue());
            words.clear();
            words.setInvalid(false);
            say("Published. The PWP sees it on the patient page and in the next digest.");
        } catch (IllegalArgumentException refused) {
            refuse(refused);
        } catch (IllegalStateException changed) {
            // the navigator's words stay: only the facts under them are new
            say(changed.getMessage());
        }
        show(summaries.draft(patientId));
    }

    private void refuse(IllegalArgumentException refused) {
        words.setErrorMessage(refused.getMessage());
        words.setInvalid(true);
        outcome.setVisible(false);
    }

    private void say(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
    }
}
