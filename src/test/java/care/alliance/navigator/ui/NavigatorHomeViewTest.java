package care.alliance.navigator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import care.alliance.AllianceTest;
import care.alliance.navigator.IssueSource;
import care.alliance.navigator.IssueStatus;
import care.alliance.navigator.QueueData;
import care.alliance.navigator.QueueRow;
import care.alliance.navigator.TechnicalIssueCategory;

@AllianceTest
@WithUserDetails(NavigatorHomeViewTest.NAV)
class NavigatorHomeViewTest extends SpringBrowserlessTest {

    static final String NAV = "t.nav.hv";
    static final String NAV_WITHOUT_ISSUES = "t.nav.hv0";

    @BeforeAll
    static void queue(@Autowired JdbcTemplate jdbc) {
        QueueData data = new QueueData(jdbc);
        long service = data.caseload.service("t-queue-home-view");
        long nav = data.caseload.staff(NAV, "Nora View", "NAVIGATOR", service);
        long pwp = data.caseload.staff("t.pwp.hv", "Paul View", "PWP", service);
        long alpha = data.patient("hv-1", "H. Alpha", service, pwp);
        long beta = data.patient("hv-2", "H. Beta", service, pwp);
        data.issue(alpha, TechnicalIssueCategory.LOGIN, IssueSource.DETECTED, IssueStatus.IN_PROGRESS,
                Instant.parse("2026-01-10T09:00:00Z"), nav);
        data.issue(beta, TechnicalIssueCategory.CONTENT, IssueSource.PWP_REPORT, IssueStatus.OPEN, Instant.now(), null);
        data.caseload.staff(NAV_WITHOUT_ISSUES, "Nils View", "NAVIGATOR", data.caseload.service("t-queue-home-empty"));
    }

    @Test
    void theQueueShowsMostSevereFirstWithAgeAndTargetInWords() {
        navigate(NavigatorHomeView.class);

        assertThat(test(grid()).size()).isEqualTo(2);
        assertThat(cell(0, "patient")).isEqualTo("H. Alpha · hv-1");
        assertThat(cell(0, "category")).isEqualTo("Login or credentials");
        assertThat(cell(0, "severity")).isEqualTo("High");
        assertThat(cell(0, "source")).isEqualTo("Detected automatically");
        assertThat(cell(0, "age")).endsWith(" working days");
        assertThat(sla(0)).isEqualTo("Overdue");
        assertThat(cell(0, "assignee")).isEqualTo("You");
        assertThat(cell(0, "status")).isEqualTo("In progress");
        assertThat(cell(1, "patient")).isEqualTo("H. Beta · hv-2");
        assertThat(cell(1, "age")).isEqualTo("0 working days");
        assertThat(sla(1)).isEqualTo("Within target");
        assertThat(cell(1, "assignee")).isEqualTo("Unassigned");
        assertThat(find(Span.class).withId("queue-count").single().getText()).isEqualTo("2 issues");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheQueueAndSayWhenNothingMatches() {
        navigate(NavigatorHomeView.class);

        test((Select<Object>) find(Select.class).withId("queue-assigned-filter").single()).selectItem("Unassigned");
        assertThat(test(grid()).size()).isOne();
        assertThat(cell(0, "patient")).isEqualTo("H. Beta · hv-2");
        find(Select.class).withId("queue-assigned-filter").single().clear();
        test((Select<Object>) find(Select.class).withId("queue-category-filter").single())
                .selectItem("Login or credentials");
        assertThat(cell(0, "patient")).isEqualTo("H. Alpha · hv-1");
        test(find(TextField.class).withId("queue-search").single()).setValue("nobody like this");

        assertThat(find(Component.class).withId("queue-grid").all()).isEmpty();
        assertThat(find(Paragraph.class).withId("queue-no-match").single().getText())
                .isEqualTo("No issues match these filters.");
        assertThat(find(Span.class).withId("queue-count").single().getText()).isEqualTo("0 issues");
    }

    @Test
    void aRowOpensTheIssue() {
        navigate(NavigatorHomeView.class);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(IssueView.class);
    }

    @Test
    @WithUserDetails(NAV_WITHOUT_ISSUES)
    void anEmptyQueueSaysSo() {
        navigate(NavigatorHomeView.class);

        assertThat(find(Paragraph.class).withId("queue-empty").single().getText())
                .startsWith("No unresolved technical issues in your service.");
        assertThat(find(Component.class).withId("queue-grid").all()).isEmpty();
        assertThat(find(Component.class).withId("queue-status-filter").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<QueueRow> grid() {
        return find(Grid.class).withId("queue-grid").single();
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }

    private String sla(int row) {
        return test(grid()).getCellComponent(row, "sla").getElement().getTextRecursively();
    }
}
