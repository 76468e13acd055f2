package care.alliance.navigator.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.IssueActions;
import care.alliance.navigator.IssueDetail;
import care.alliance.navigator.IssueNote;
import care.alliance.navigator.IssueStatus;
import care.alliance.navigator.NavigatorQueue;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.PatientDataSignals;

/**
 * One technical issue as the navigator works it: what was reported, its history, and take, release,
 * status, note and resolve. Only the issue's id is in the URL (H12). H01: an open risk flag shows as a
 * banner that says whom to tell, never what the flag says. The page refreshes itself when anyone acts
 * on this patient's issues.
 */
@Route("navigator/issues")
@PageTitle("Technical issue · Alliance")
@RolesAllowed("NAVIGATOR")
class IssueView extends VerticalLayout implements HasUrlParameter<Long> {

    private final NavigatorQueue queue;
    private final IssueActions actions;
    private final PatientDataSignals signals;
    private final H2 title = new H2();
    private final IssueFacts facts = new IssueFacts();
    private final Paragraph outcome = new Paragraph();
    private final Button take = new Button("Take");
    private final Button release = new Button("Release");
    private final Select<IssueStatus> status = new Select<>();
    private final Button setStatus = new Button("Set status");
    private final Button resolve = new Button("Resolve…");
    private final TextArea note = new TextArea("Add a note");
    private final Button addNote = new Button("Add note");
    private final HorizontalLayout workBar = new HorizontalLayout(take, release, status, setStatus, resolve);
    private final VerticalLayout noteBox = new VerticalLayout(note, addNote);
    private final Grid<IssueNote> notes = new Grid<>();
    private final RouterLink summaryLink = DataSummaryView.link();
    private IssueActionRunner runner;
    private long issueId;
    private final RouterLink patientPage = new RouterLink();
    private long patientId;
    private Registration subscription;

    IssueView(NavigatorQueue queue, IssueActions actions, PatientDataSignals signals) {
        this.queue = queue;
        this.actions = actions;
        this.signals = signals;
        title.setId("issue-title");
        outcome.setId("issue-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        take.setId("issue-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.setId("issue-release");
        status.setId("issue-status");
        status.setLabel("Status");
        status.setItems(IssueStatus.OPEN, IssueStatus.IN_PROGRESS, IssueStatus.WAITING_ON_PATIENT);
        status.setItemLabelGenerator(IssueStatus::label);
        setStatus.setId("issue-set-status");
        resolve.setId("issue-resolve");
        note.setId("issue-note");
        note.setMaxLength(IssueActions.MAX_TEXT);
        note.setWidth("32rem");
        addNote.setId("issue-add-note");
        workBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        noteBox.setPadding(false);
        notes.setId("issue-notes");
        notes.addColumn(n -> DisplayTime.dateTime(n.writtenAt())).setHeader("When").setAutoWidth(true);
        notes.addColumn(n -> n.author() == null ? "Alliance" : n.author()).setHeader("Who").setAutoWidth(true);
        notes.addColumn(IssueNote::text).setHeader("What").setFlexGrow(1);
        notes.setAllRowsVisible(true);
        notes.setEmptyStateText("Nothing has been done on this issue yet.");
        patientPage.setId("issue-patient-page");
        patientPage.setText("Patient page: notifications and reminder schedule");
        add(new RouterLink("Back to the queue", NavigatorHomeView.class), title, facts,
                new HorizontalLayout(patientPage, summaryLink), outcome, workBar, noteBox,
                new H3("History"), notes);
        listen();
    }

    /** Once: the router reuses this view for another issue, and the runner follows the shown issue. */
    private void listen() {
        take.addClickListener(click -> runner.run(null, IssueActions::take, "You took this issue."));
        release.addClickListener(click -> runner.run(null, IssueActions::release, "Released to the queue."));
        setStatus.addClickListener(click -> runner.run(status, (a, i) -> a.setStatus(i, status.getValue()),
                "Status changed."));
        addNote.addClickListener(click -> {
            IssueActionRunner.Result result = runner.run(note, (a, i) -> a.addNote(i, note.getValue()), "Note added.");
            if (result == IssueActionRunner.Result.DONE) {
                note.clear();
            }
        });
        resolve.addClickListener(click -> new ResolveDialog(runner).open());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        issueId = id;
        runner = new IssueActionRunner(actions, id, this::said);
        outcome.setVisible(false);
        // another service's issue, or none: the service has audited the attempt and throws
        // AccessDeniedException, which the router turns into the shell's AccessDeniedView
        show(queue.detail(id));
    }

    private void said(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
        show(queue.detail(issueId));
    }

    private void show(IssueDetail detail) {
        if (patientId != detail.issue().patientId() && subscription != null) {
            subscription.remove();
            patientId = detail.issue().patientId();
            getUI().ifPresent(this::subscribe);
        }
        patientId = detail.issue().patientId();
        // the patient's notification health and reminder schedule, where most notification issues are solved
        patientPage.setRoute(NavigatorPatientView.class, patientId);
        DataSummaryView.point(summaryLink, patientId);
        title.setText(detail.issue().category().label() + " · " + detail.patientName());
        facts.show(detail);
        boolean open = !detail.issue().resolved();
        workBar.setVisible(open);
        noteBox.setVisible(open);
        take.setVisible(detail.issue().assignee() == null);
        release.setVisible(detail.issue().assignee() != null);
        status.setValue(open ? detail.issue().status() : null);
        notes.setItems(detail.notes());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe(event.getUI());
    }

    private void subscribe(UI ui) {
        subscription = signals.onChange(patientId, () -> ui.access(() -> show(queue.detail(issueId))));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
        }
    }
}
