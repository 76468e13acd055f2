package care.alliance.caseload.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.programme.RiskFlag;
import care.alliance.shared.ui.DisplayTime;

/**
 * H01: every open risk flag stands out at the top of the page, in words ("Risk flag open") as well as
 * colour, with its reason, when it was raised and a Review button; reviewed flags stay readable in a
 * collapsible history (who, when, note).
 */
class RiskFlagPanel extends VerticalLayout {

    private final Consumer<RiskFlag> review;
    private final Div open = new Div();
    private final Details history = new Details();

    RiskFlagPanel(Consumer<RiskFlag> review) {
        this.review = review;
        setPadding(false);
        open.setId("open-risk-flags");
        history.setId("risk-flag-history");
        add(open, history);
    }

    void show(List<RiskFlag> openFlags, List<RiskFlag> reviewed) {
        open.removeAll();
        if (openFlags.isEmpty()) {
            open.add(new Paragraph("No open risk flags."));
        }
        openFlags.forEach(flag -> open.add(openFlag(flag)));
        history.setSummaryText("Reviewed risk flags (" + reviewed.size() + ")");
        history.removeAll();
        if (reviewed.isEmpty()) {
            history.add(new Paragraph("No reviewed risk flags."));
        }
        reviewed.forEach(flag -> history.add(reviewedFlag(flag)));
    }

    private Div openFlag(RiskFlag flag) {
        Span label = new Span("Risk flag open");
        label.addClassName("alliance-risk-label");
        Span detail = new Span(flag.reason() + " · raised " + DisplayTime.dateTime(flag.raisedAt()));
        Button button = new Button("Review", click -> review.accept(flag));
        button.setId("review-flag-" + flag.id());
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        button.setAriaLabel("Review risk flag: " + flag.reason());
        Div box = new Div(label, detail, button);
        box.addClassName("alliance-risk-open");
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    private static Paragraph reviewedFlag(RiskFlag flag) {
        Paragraph line = new Paragraph(flag.reason() + " · raised " + DisplayTime.dateTime(flag.raisedAt())
                + " · reviewed by " + flag.reviewedBy() + " on " + DisplayTime.dateTime(flag.reviewedAt())
                + ": " + flag.reviewNote());
        line.addClassName("alliance-risk-reviewed");
        return line;
    }
}
