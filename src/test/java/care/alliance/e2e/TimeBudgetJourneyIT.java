package care.alliance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue #7's journey in Chromium on the demo service: the PWP confirms an entry Alliance captured, adds
 * an hour of their own, and sees the week's load change; the manager's team view highlights the demo's
 * over-budget PWP (pwp.jones, Sam Jones, on a part-time contract) in words and colour.
 */
class TimeBudgetJourneyIT extends DemoJourney {

    @Test
    @DisplayName("PWP: confirms a captured entry, adds manual time and sees the week's load change")
    void pwpConfirmsAndAddsTime() throws Exception {
        // the demo leaves the last seven days' captured entries proposed: take the newest one
        var proposed = jdbc.queryForMap("SELECT t.id, t.work_date FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id"
                + " WHERE u.username = 'pwp.jones' AND t.state = 'PROPOSED' ORDER BY t.work_date DESC, t.id DESC LIMIT 1");
        long entry = ((Number) proposed.get("id")).longValue();
        LocalDate day = ((java.sql.Date) proposed.get("work_date")).toLocalDate();
        LocalDate thisMonday = LocalDate.now(ZoneId.of("Europe/London"))
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));

        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        browser.open("/time");
        browser.waitFor(By.id("budget-summary"));
        if (day.isBefore(thisMonday)) {
            chooseWeek("Last week");
        }
        browser.click(By.id("ledger-confirm-" + entry));
        browser.waitUntil("the entry is confirmed", () -> "CONFIRMED".equals(
                jdbc.queryForObject("SELECT state FROM time_entry WHERE id = ?", String.class, entry)));
        browser.screenshot("pwp-time-confirmed");
        if (day.isBefore(thisMonday)) {
            chooseWeek("This week");
        }
        browser.waitUntil("this week's budget is shown", () -> browser.textContent("budget-summary").contains("This week"));
        String before = browser.textContent("budget-summary");

        browser.click(By.id("ledger-add"));
        browser.waitFor(By.id("ledger-entry-dialog"));
        browser.click(By.id("ledger-entry-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='Programme learning / training']"));
        browser.find(By.cssSelector("#ledger-entry-minutes input")).sendKeys("60");
        browser.find(By.cssSelector("#ledger-entry-note textarea, #ledger-entry-note input"))
                .sendKeys("Module walkthrough for the new cognitive restructuring pages");
        browser.click(By.id("ledger-entry-save"));
        browser.waitForText(By.id("ledger-outcome"), "Added 1 h 00 of programme learning");
        browser.waitUntil("the week's load changes", () -> !browser.textContent("budget-summary").equals(before));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id"
                + " WHERE u.username = 'pwp.jones' AND t.source = 'MANUAL' AND t.minutes = 60"
                + " AND t.kind = 'PROGRAMME_LEARNING' AND t.note LIKE 'Module walkthrough%'", Integer.class)).isOne();
        browser.script("document.getElementById('budget-chart').scrollIntoView({block: 'start'})");
        browser.screenshot("pwp-time-week");
        browser.signOut();
    }

    @Test
    @DisplayName("Manager: the team view names the over-budget PWP in words and marks the cell; his name opens his weeks")
    void managerSeesTheOverBudgetPwp() throws Exception {
        browser.signIn("manager.lee", PASSWORD);
        browser.waitFor(By.id("stage-chart"));
        browser.open("/team-time");
        browser.waitForText(By.id("team-summary"), "Sam Jones");
        assertThat(browser.find(By.id("team-summary")).getText()).contains("over budget this week");
        browser.waitForText(By.id("team-grid"), "Over:");
        assertThat(browser.findAll(By.cssSelector("#team-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith("Over:")).count()).isPositive();
        browser.waitFor(By.cssSelector("#team-trend-chart[data-rendered='true'] canvas"));
        assertThat(browser.find(By.id("team-trend-summary")).getText()).contains("Sam Jones");
        browser.screenshot("manager-team-time");

        // what drives it: his name opens his weeks by kind, over-budget weeks said in words
        browser.click(By.cssSelector("#team-grid vaadin-button[aria-label='Show the weekly breakdown of Sam Jones']"));
        browser.waitForText(By.id("breakdown-summary"), "Over budget:");
        assertThat(browser.textContent("breakdown-summary")).contains("This week (from").contains("over budget by");
        browser.waitFor(By.cssSelector("#breakdown-chart[data-rendered='true'] canvas"));
        browser.screenshot("manager-pwp-breakdown");
        browser.click(By.id("breakdown-close"));
        browser.signOut();
    }

    private void chooseWeek(String label) {
        browser.click(By.id("time-week"));
        browser.click(By.xpath("//vaadin-select-item[starts-with(normalize-space(.), '" + label + " ·')]"));
    }

}
