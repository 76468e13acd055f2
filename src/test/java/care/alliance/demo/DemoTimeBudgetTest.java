package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;

import care.alliance.timebudget.BudgetWeek;
import care.alliance.timebudget.TeamBudget;
import care.alliance.timebudget.TimeBudgets;

/**
 * The demo's time budget (issue #7): the ledger captured from the attended appointments, older weeks
 * mostly confirmed, this week proposed, and exactly one north PWP over budget this week: pwp.jones.
 */
@DemoTest
@WithUserDetails("manager.lee")
class DemoTimeBudgetTest extends SpringBrowserlessTest {

    /** The Monday of {@link DemoTest#NOW}, the week the team view calls "this week". */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TimeBudgets budgets;

    @Test
    void pwpJonesHasProposedEntriesFromTheLastSevenDaysAndOlderWeeksAreMostlyConfirmed() {
        LocalDate weekAgo = MONDAY.minusDays(6);
        assertThat(DemoTimeBudget.proposedFrom(MONDAY)).isEqualTo(weekAgo);
        assertThat(DemoTimeBudget.proposedFrom(MONDAY.plusDays(6))).as("on Sunday: this week").isEqualTo(MONDAY);
        long proposedRecently = jdbc.queryForObject("SELECT COUNT(*) FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id"
                + " WHERE u.username = 'pwp.jones' AND t.source = 'AUTO' AND t.state = 'PROPOSED' AND t.work_date >= ?",
                Long.class, weekAgo);
        assertThat(proposedRecently).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE source = 'AUTO' AND work_date >= ?"
                + " AND state <> 'PROPOSED'", Long.class, weekAgo)).isZero();
        long older = jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE source = 'AUTO' AND work_date < ?",
                Long.class, weekAgo);
        long confirmed = jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE source = 'AUTO' AND work_date < ?"
                + " AND state = 'CONFIRMED'", Long.class, weekAgo);
        assertThat(older).isGreaterThan(100);
        assertThat(confirmed).isBetween(older * 8 / 10, older - 1);
        assertThat(jdbc.queryForList("SELECT DISTINCT t.kind FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id"
                + " WHERE u.username = 'pwp.jones' AND t.source = 'MANUAL'", String.class))
                .containsExactlyInAnyOrder("SUPERVISION", "PROGRAMME_LEARNING");
    }

    @Test
    void pwpJonesIsTheOneNorthPwpOverBudgetThisWeekAndTheTeamViewSaysSo() {
        TeamBudget team = budgets.team(MONDAY); // as manager.lee (the class's user)
        for (TeamBudget.Row row : team.rows()) {
            BudgetWeek week = row.weeks().getFirst();
            if (row.displayName().equals("Sam Jones")) {
                assertThat(week.loadMinutes()).as("clearly over").isGreaterThan(week.capacity().clinicalMinutes() * 11 / 10);
                assertThat(week.capacity().clinicalMinutes()).isEqualTo(DemoTimeBudget.PART_TIME_MINUTES);
            } else {
                assertThat(week.loadMinutes()).as(row.displayName()).isLessThan(week.capacity().clinicalMinutes() * 9 / 10);
            }
        }
        assertThat(team.rows()).filteredOn(row -> row.weeks().getFirst().overBudget())
                .extracting(TeamBudget.Row::displayName).containsExactly("Sam Jones");
        assertThat(team.rows()).extracting(TeamBudget.Row::displayName).contains("Alex Smith");

        navigate("team-time", Component.class);
        assertThat(find(Paragraph.class).withId("team-summary").single().getText())
                .startsWith("1 of " + team.rows().size() + " PWPs over budget this week (w/c 23 Nov): Sam Jones (");
    }
}
