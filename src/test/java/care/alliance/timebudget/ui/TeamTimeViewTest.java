package care.alliance.timebudget.ui;

import static care.alliance.shared.db.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.shared.ui.SummarisedChart;

/** The manager's team view: the over-budget PWP named in the summary, the grid and the trend's words; exports. */
@AllianceTest
@WithUserDetails(TeamTimeViewTest.MANAGER)
class TeamTimeViewTest extends SpringBrowserlessTest {

    static final String MANAGER = "t.mgr.teamview";
    static final LocalDate TODAY = LocalDate.now(Clock.system(ZoneId.of("Europe/London")));
    static final LocalDate MONDAY = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @BeforeAll
    static void team(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-teamview");
        data.staff(MANAGER, "Mo Team", "MANAGER", service);
        long busy = data.staff("t.pwp.teamview.busy", "Bea Busy", "PWP", service);
        data.staff("t.pwp.teamview.calm", "Cal Calm", "PWP", service);
        Instant at = Instant.parse("2026-01-01T09:00:00Z");
        // a part-time capacity of 2 hours a week and 3 hours of supervision this week: 150%
        jdbc.update("INSERT INTO pwp_capacity (pwp_id, effective_from, clinical_minutes_per_week, contact_target,"
                + " blended_percent, set_by, set_at) VALUES (?, ?, 120, 5, 20, ?, ?)", busy,
                MONDAY.minusWeeks(20), busy, utc(at));
        jdbc.update("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, source, note, created_at, updated_at)"
                + " VALUES (?, ?, 180, 'SUPERVISION', 'MANUAL', 'Group, \"monthly\"', ?, ?)", busy, MONDAY, utc(at),
                utc(at));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverBudgetPwpIsNamedInTheSummaryTheGridAndTheTrendAndTheLedgerExports() {
        navigate(TeamTimeView.class);

        assertThat(text("team-summary")).isEqualTo("1 of 2 PWPs over budget this week (w/c "
                + TeamTime.WEEK.format(MONDAY) + "): Bea Busy (150%).");
        Grid<Object> grid = find(Grid.class).withId("team-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        int thisWeek = test(grid).getColumnPosition("w" + TeamTimeView.WEEKS_BACK);
        assertThat(test(grid).getLitRendererPropertyValue(0, "pwp", "name", String.class)).isEqualTo("Bea Busy");
        assertThat(test(grid).getLitRendererPropertyValue(0, "pwp", "label", String.class))
                .isEqualTo("Show the weekly breakdown of Bea Busy");
        assertThat(test(grid).getCellText(0, thisWeek)).isEqualTo("Over: 150% (3.0 of 2.0 h)");
        assertThat(test(grid).getCellText(1, thisWeek)).isEqualTo("0% (0.0 of 22.5 h)");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("over"))).isEqualTo("1 of 12");
        SummarisedChart trend = find(SummarisedChart.class).withId("team-trend").single();
        assertThat(trend.summaryText()).contains("this week 3.0 of 24.5 hours")
                .contains("Over budget: Bea Busy (w/c " + TeamTime.WEEK.format(MONDAY) + ")");

        test(find(Button.class).withId("export-ledger").single()).click();
        assertThat(find(Anchor.class).withId("export-ledger-download").exists()).as("no entries last month, still a file")
                .isTrue();
        assertThat(text("export-message")).contains("is ready: 0 rows");
        test(find(Button.class).withId("export-national").single()).click();
        assertThat(find(Anchor.class).withId("export-national-download").exists()).isTrue();

        // the manager gives Cal Calm a capacity: a blended share over 100% is refused in words, 10 hours saved
        test((Button) test(grid).getCellComponent(1, "capacity")).click();
        CapacityDialog dialog = find(CapacityDialog.class).single();
        dialog.blended.setValue(150);
        test(find(Button.class).withId("capacity-save").single()).click();
        assertThat(dialog.error.getText()).isEqualTo("The blended share must be between 0 and 100 percent.");
        dialog.blended.setValue(25);
        dialog.hours.setValue(10.0);
        test(find(Button.class).withId("capacity-save").single()).click();
        Grid<Object> after = find(Grid.class).withId("team-grid").single();
        assertThat(test(after).getCellText(1, thisWeek)).isEqualTo("0% (0.0 of 10.0 h)");
        assertThat(test(after).getCellText(1, test(after).getColumnPosition("w0"))).as("earlier weeks keep the default")
                .isEqualTo("0% (0.0 of 22.5 h)");

        test(find(Button.class).withId("settings-open").single()).click();
        SettingsDialog settings = find(SettingsDialog.class).single();
        settings.review.setValue(0);
        test(find(Button.class).withId("settings-save").single()).click();
        assertThat(settings.error.getText()).isEqualTo("Minutes per online review must be between 1 and 120.");
        settings.review.setValue(20);
        test(find(Button.class).withId("settings-save").single()).click();
        assertThat(budgets.settings().reviewMinutes()).isEqualTo(20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPwpsNameOpensTheirWeeksByKindWithTheOverBudgetWeekInWords() {
        navigate(TeamTimeView.class);
        Grid<Object> grid = find(Grid.class).withId("team-grid").single();

        test(grid).invokeLitRendererFunction(0, "pwp", "open");

        BreakdownDialog dialog = find(BreakdownDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Bea Busy: 12 weeks");
        assertThat(dialog.chart.summaryText()).startsWith("Over budget: this week (" + TimeText.shortDay(MONDAY) + ").")
                .contains("This week (from " + TimeText.day(MONDAY) + "): 3 h 00 of 2 h 00 planned (150%)")
                .contains("most time: supervision 3 h 00").contains("over budget by 1 h 00");
        assertThat(dialog.chart.summaryText().lines()).as("over-budget weeks, then this week").hasSize(2);
        assertThat(dialog.everyWeek.getText().lines()).hasSize(12).first().asString()
                .startsWith("9 weeks ago (from " + TimeText.day(MONDAY.minusWeeks(9)) + "): 0 min of 2 h 00 planned");
        test(find(Button.class).withId("breakdown-close").single()).click();
        assertThat(find(BreakdownDialog.class).exists()).isFalse();
    }

    @Autowired
    care.alliance.timebudget.TimeBudgets budgets;

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }
}
