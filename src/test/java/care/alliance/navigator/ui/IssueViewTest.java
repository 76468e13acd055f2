package care.alliance.navigator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

import care.alliance.AllianceTest;
import care.alliance.caseload.ui.PatientView;
import care.alliance.navigator.IssueNote;
import care.alliance.navigator.QueueData;
import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.shared.ui.AccessDeniedView;

@AllianceTest
@WithUserDetails(IssueViewTest.NAV)
class IssueViewTest extends SpringBrowserlessTest {

    static final String NAV = "t.nav.iv";
    static final String PWP = "t.pwp.iv";
    static final AtomicInteger patients = new AtomicInteger();
    static long service;
    static long pwp;
    static long southIssue;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        QueueData data = new QueueData(jdbc);
        service = data.caseload.service("t-queue-issue-view");
        data.caseload.staff(NAV, "Nina View", "NAVIGATOR", service);
        pwp = data.caseload.staff(PWP, "Petra View", "PWP", service);
        long south = data.caseload.service("t-queue-issue-view-south");
        long southPwp = data.caseload.staff("t.pwp.ivs", "Stan View", "PWP", south);
        southIssue = data.open(data.patient("ivs-1", "S. View", south, southPwp), TechnicalIssueCategory.SYNC,
                Instant.parse("2026-01-10T09:00:00Z"));
    }

    private long issue(boolean riskFlag) {
        QueueData data = new QueueData(jdbc);
        long patient = data.patient("iv-" + patients.incrementAndGet(), "I. View", service, pwp);
        if (riskFlag) {
            data.riskFlags(patient);
        }
        return data.open(patient, TechnicalIssueCategory.LOGIN, Instant.parse("2026-01-10T09:00:00Z"));
    }

    @Test
    void H01_anOpenRiskFlagSaysWhomToTellButNotWhatItSays() {
        navigate("navigator/issues/" + issue(true), IssueView.class);

        assertThat(find(H2.class).withId("issue-title").single().getText()).isEqualTo("Login or credentials · I. View");
        String banner = find(Div.class).withId("issue-risk-flag").single().getElement().getTextRecursively();
        assertThat(banner).startsWith("Risk flag open").contains("Tell Petra View, the patient's PWP");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).doesNotContain("item 9").doesNotContain("Reviewed at session");
        assertThat(text("issue-patient")).contains("PWP: Petra View");
        assertThat(find(Div.class).withId("issue-age").single().getElement().getTextRecursively()).contains("Overdue");
    }

    @Test
    void withoutAnOpenFlagThereIsNoBanner() {
        navigate("navigator/issues/" + issue(false), IssueView.class);
        assertThat(find(Component.class).withId("issue-risk-flag").all()).isEmpty();
    }

    @Test
    void linksToThePatientsNotificationPageAndDataSummaryOnFirstShow() {
        long issue = issue(false);
        long patient = jdbc.queryForObject("SELECT patient_id FROM technical_issue WHERE id = ?", Long.class, issue);
        navigate("navigator/issues/" + issue, IssueView.class);
        assertThat(find(RouterLink.class).withId("issue-patient-page").single().getHref())
                .isEqualTo("navigator/patients/" + patient);
        assertThat(find(RouterLink.class).withId("summary-link").single().getHref())
                .isEqualTo("navigator/patients/" + patient + "/summary");
    }

    @Test
    void takeAndNoteAreWrittenDownAndAnEmptyNoteIsRefused() {
        navigate("navigator/issues/" + issue(false), IssueView.class);

        test(button("issue-take")).click();
        assertThat(text("issue-outcome")).isEqualTo("You took this issue.");
        assertThat(text("issue-state")).contains("In progress").contains("Assigned to you");
        assertThat(find(Component.class).withId("issue-take").all()).isEmpty();
        test(button("issue-add-note")).click();
        TextArea note = find(TextArea.class).withId("issue-note").single();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write the note first.");
        test(note).setValue("Rang the patient");
        test(button("issue-add-note")).click();

        assertThat(note.getValue()).isEmpty();
        assertThat(notes()).extracting(IssueNote::text).containsExactly("Taken by Nina View",
                "Note by Nina View: Rang the patient");
    }

    @Test
    void resolveAsksForTheResolutionAndThePwpSeesIt() {
        long issue = issue(false);
        navigate("navigator/issues/" + issue, IssueView.class);

        test(button("issue-resolve")).click();
        ResolveDialog dialog = find(ResolveDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.resolution.isInvalid()).isTrue();
        assertThat(dialog.resolution.getErrorMessage()).isEqualTo("Say how the issue was resolved.");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.resolution).setValue("Unlocked the account");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(text("issue-outcome")).isEqualTo("Resolved.");
        assertThat(text("issue-resolution")).endsWith(": Unlocked the account");
        assertThat(find(Component.class).withId("issue-resolve").all()).as("nothing left to do").isEmpty();
    }

    @Test
    @WithUserDetails(PWP)
    void theReportingPwpSeesStateResolutionAndTheNavigatorsLatestNote() {
        long issue = issue(false);
        long navigator = new QueueData(jdbc).staffId(NAV);
        jdbc.update("UPDATE technical_issue SET status = 'RESOLVED', resolved_at = NOW(6), resolution = 'Unlocked'"
                + " WHERE id = ?", issue);
        jdbc.update("INSERT INTO technical_issue_note (issue_id, author_id, written_at, text)"
                + " VALUES (?, ?, NOW(6), 'Resolved by Nina View: Unlocked')", issue, navigator);
        long patient = jdbc.queryForObject("SELECT patient_id FROM technical_issue WHERE id = ?", Long.class, issue);

        navigate(PatientView.class, patient);

        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).withId("issue-grid").single();
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Resolved");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("resolution"))).isEqualTo("Unlocked");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("navigator-note")))
                .isEqualTo("Resolved by Nina View: Unlocked");
    }

    @Test
    void actingOnAnIssueSomeoneJustResolvedSaysSoAndChangesNothing() {
        long issue = issue(false);
        navigate("navigator/issues/" + issue, IssueView.class);
        jdbc.update("UPDATE technical_issue SET status = 'RESOLVED', resolved_at = NOW(6), resolution = 'Done'"
                + " WHERE id = ?", issue);

        test(button("issue-take")).click();

        assertThat(text("issue-outcome")).startsWith("This issue was already resolved").endsWith("Nothing was changed.");
        assertThat(jdbc.queryForObject("SELECT assignee_id FROM technical_issue WHERE id = ?", Long.class, issue)).isNull();
    }

    @Test
    void anotherServicesIssueIsAccessDenied() {
        navigate("navigator/issues/" + southIssue, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("S. View");
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    @SuppressWarnings("unchecked")
    private java.util.List<IssueNote> notes() {
        Grid<IssueNote> grid = find(Grid.class).withId("issue-notes").single();
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }
}
