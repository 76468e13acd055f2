package care.alliance.navigator.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.Onboarding;
import care.alliance.navigator.OnboardingChecklist;
import care.alliance.navigator.OnboardingItem;
import care.alliance.navigator.OnboardingStep;
import care.alliance.shared.ui.DisplayTime;

/**
 * One patient's onboarding checklist as the navigator works it: a checkbox per step (ticking and
 * unticking save at once), who ticked it and when, a hint where the programme's data already shows the
 * step ("seen on …"), the digital-skills note, and "Mark ready for blended sessions", enabled only when
 * every step is ticked and confirmed in a dialog. Only the patient's id is in the URL (H12); another
 * service's patient is refused and audited by the service.
 */
@Route("navigator/onboarding/patient")
@PageTitle("Onboarding checklist · Alliance")
@RolesAllowed("NAVIGATOR")
class OnboardingView extends VerticalLayout implements HasUrlParameter<Long> {

    private final Onboarding onboarding;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Map<OnboardingStep, Checkbox> boxes = new EnumMap<>(OnboardingStep.class);
    private final Map<OnboardingStep, Span> details = new EnumMap<>(OnboardingStep.class);
    private final TextArea note = new TextArea("Digital-skills needs");
    private final Button saveNote = new Button("Save note");
    private final Button ready = new Button("Mark ready for blended sessions");
    private final RouterLink patientPage = new RouterLink();
    private final RouterLink summaryLink = DataSummaryView.link();
    private long patientId;
    private boolean showing;

    OnboardingView(Onboarding onboarding) {
        this.onboarding = onboarding;
        title.setId("onboarding-title");
        summary.setId("onboarding-summary");
        outcome.setId("onboarding-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.setVisible(false);
        patientPage.setId("onboarding-patient-page");
        patientPage.setText("Patient page: notifications and reminder schedule");
        add(new RouterLink("Back to onboarding", OnboardingListView.class), title,
                new HorizontalLayout(patientPage, summaryLink), summary, outcome);
        for (OnboardingStep step : OnboardingStep.values()) {
            Checkbox box = new Checkbox(step.label());
            box.setId("onboarding-step-" + step.name());
            box.addValueChangeListener(change -> {
                if (!showing) {
                    changed(step, change.getValue());
                }
            });
            Span detail = new Span();
            detail.setId("onboarding-detail-" + step.name());
            detail.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)").set("margin-left", "var(--lumo-space-l)");
            boxes.put(step, box);
            details.put(step, detail);
            Div line = new Div(box, new Div(detail));
            if (step.needsNote()) {
                line.add(noteBox());
            }
            add(line);
        }
        ready.setId("onboarding-ready");
        ready.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ready.addClickListener(click -> confirmReady());
        add(ready);
    }

    private Div noteBox() {
        note.setId("onboarding-note");
        note.setMaxLength(Onboarding.MAX_NOTE);
        note.setWidth("32rem");
        note.setHelperText("What help the patient needs with the app, or \"none\". Required for this step.");
        saveNote.setId("onboarding-save-note");
        saveNote.addClickListener(click -> run(note, () -> {
            onboarding.tick(patientId, OnboardingStep.DIGITAL_SKILLS, note.getValue());
            return "Note saved.";
        }));
        Div box = new Div(note, new Div(saveNote));
        box.getStyle().set("margin-left", "var(--lumo-space-l)");
        return box;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        patientId = id;
        patientPage.setRoute(NavigatorPatientView.class, id);
        DataSummaryView.point(summaryLink, id);
        outcome.setVisible(false);
        note.setInvalid(false);
        note.clear();
        // another service's patient, or none: the service has audited the attempt and throws
        // AccessDeniedException, which the router turns into the shell's AccessDeniedView
        show(onboarding.checklist(id));
    }

    private void changed(OnboardingStep step, boolean ticked) {
        if (ticked) {
            run(step.needsNote() ? note : null, () -> {
                onboarding.tick(patientId, step, step.needsNote() ? note.getValue() : null);
                return "\"" + step.label() + "\" ticked.";
            });
        } else {
            run(null, () -> "\"" + step.label() + "\" unticked." + (onboarding.untick(patientId, step)
                    ? " The patient is no longer marked ready for blended sessions." : ""));
        }
    }

    /**
     * Runs an action and says how it went; a refusal is said on {@code field} if it is about that field's
     * input, else in the status line. The page is re-read either way, so it shows what is stored.
     */
    private void run(HasValidation field, Supplier<String> action) {
        note.setInvalid(false);
        try {
            say(action.get());
        } catch (IllegalArgumentException refused) {
            if (field == null) {
                say(refused.getMessage());
            } else {
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
                outcome.setVisible(false);
            }
        }
        show(onboarding.checklist(patientId));
    }

    private void say(String message) {
        outcome.setText(message);
        outcome.setVisible(true);
    }

    private void confirmReady() {
        ConfirmDialog dialog = new ConfirmDialog("Mark ready for blended sessions?", "All seven steps are ticked. "
                + "The PWP will see this patient as ready on their caseload.", "Mark ready",
                confirm -> run(null, () -> {
                    onboarding.markReady(patientId);
                    return "Marked ready for blended sessions.";
                }));
        dialog.setCancelable(true);
        dialog.setId("onboarding-ready-dialog");
        dialog.open();
    }

    private void show(OnboardingChecklist checklist) {
        showing = true;
        try {
            title.setText("Onboarding · " + checklist.patientName());
            summary.setText(checklist.programmeId() + " · " + (checklist.ready()
                    ? "Ready for blended sessions (marked by " + checklist.readyBy() + " on "
                            + DisplayTime.dateTime(checklist.readyAt()) + ")"
                    : checklist.done() + " of " + OnboardingStep.COUNT + " steps done"));
            for (OnboardingItem item : checklist.steps()) {
                boxes.get(item.step()).setValue(item.ticked());
                details.get(item.step()).setText(detail(item));
                if (item.step().needsNote() && item.ticked() && !note.isInvalid()) {
                    note.setValue(item.note());
                }
            }
            saveNote.setVisible(boxes.get(OnboardingStep.DIGITAL_SKILLS).getValue());
            ready.setEnabled(checklist.complete() && !checklist.ready());
            ready.setVisible(!checklist.ready());
        } finally {
            showing = false;
        }
    }

    static String detail(OnboardingItem item) {
        String seen = item.seenAt() == null ? null : "Seen in the app's data on " + DisplayTime.dateTime(item.seenAt());
        if (item.ticked()) {
            return "Ticked by " + item.tickedBy() + " on " + DisplayTime.dateTime(item.tickedAt())
                    + (seen == null ? "" : " · " + seen);
        }
        return seen == null ? "Not done yet" : seen + " — tick it once you have checked with the patient";
    }
}
