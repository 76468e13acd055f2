package care.alliance.navigator.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import care.alliance.navigator.IssueDetail;
import care.alliance.navigator.TechnicalIssue;
import care.alliance.shared.ui.DisplayTime;

/** What an issue is about: patient, PWP, the risk-flag banner (H01), state, age and what was reported. */
class IssueFacts extends VerticalLayout {

    private final Paragraph patient = paragraph("issue-patient");
    private final Div riskFlag = new Div();
    private final Paragraph state = paragraph("issue-state");
    private final Div age = new Div();
    private final Paragraph description = paragraph("issue-description");
    private final Paragraph resolution = paragraph("issue-resolution");

    IssueFacts() {
        setPadding(false);
        setSpacing(false);
        riskFlag.setId("issue-risk-flag");
        riskFlag.getElement().setAttribute("role", "alert");
        riskFlag.addClassName("risk-banner");
        age.setId("issue-age");
        add(patient, riskFlag, state, age, description, resolution);
    }

    void show(IssueDetail detail) {
        TechnicalIssue issue = detail.issue();
        patient.setText("Patient: " + detail.patientName() + " · " + detail.programmeId() + " · PWP: "
                + detail.pwpName());
        riskFlag.removeAll();
        riskFlag.setVisible(detail.riskFlagOpen());
        if (detail.riskFlagOpen()) {
            Span badge = new Span("Risk flag open");
            badge.getElement().getThemeList().add("badge error primary");
            riskFlag.add(badge, new Span(" Tell " + detail.pwpName() + ", the patient's PWP, before any technical "
                    + "follow-up. Clinical red flags are theirs to handle, not the navigator's."));
        }
        state.setText(issue.status().label() + " · " + issue.source().label()
                + (issue.reportedBy() == null ? "" : " (" + issue.reportedBy() + ")") + " · "
                + (issue.assignee() == null ? "Unassigned" : "Assigned to " + (detail.assignedToMe() ? "you" : issue.assignee())));
        age.removeAll();
        age.add(new Span("Opened " + DisplayTime.dateTime(issue.openedAt()) + ", " + QueueText.age(detail.workingDaysOpen())
                + " "));
        if (!issue.resolved()) {
            age.add(QueueText.sla(detail.overdue()));
        }
        description.setText("Reported: " + issue.description());
        resolution.setVisible(issue.resolved());
        resolution.setText(issue.resolved() ? "Resolved " + DisplayTime.dateTime(issue.resolvedAt()) + ": "
                + issue.resolution() : "");
    }

    private static Paragraph paragraph(String id) {
        Paragraph paragraph = new Paragraph();
        paragraph.setId(id);
        return paragraph;
    }
}
