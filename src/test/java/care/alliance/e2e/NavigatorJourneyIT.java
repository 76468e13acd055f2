package care.alliance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Issue #6's journey in Chromium on the demo service: the navigator finds the reminder-storm
 * patient's detected issue in the queue, takes it, reads the notification health on the patient page,
 * pauses the reminders (a new schedule version, which the programme then fetches), resolves the issue,
 * and the patient's PWP sees the resolution on the patient page.
 */
class NavigatorJourneyIT extends DemoJourney {

    private static final String RESOLUTION = "Reminders paused while the supplier fixes the duplicate deliveries;"
            + " patient phoned and happy with that.";

    private static final String SUMMARY = "Reminders stormed for six days (duplicates from the app); paused now."
            + " Mood ratings kept coming in, so the data is still usable.";

    @Test
    @DisplayName("Navigator: the storm patient's issue goes OPEN to RESOLVED after a schedule change; the PWP sees the resolution")
    void navigatorWorksTheReminderStorm() throws Exception {
        long storm = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = 'S. Storm'", Long.class);
        String programmeId = jdbc.queryForObject("SELECT programme_id FROM patient WHERE id = ?", String.class, storm);
        long issue = jdbc.queryForObject("SELECT id FROM technical_issue WHERE patient_id = ?"
                + " AND category = 'NOTIFICATIONS_EXCESSIVE' AND source = 'DETECTED' AND status = 'OPEN'", Long.class, storm);
        int versionBefore = planVersion(programmeId);

        browser.signIn("nav.ahmed", PASSWORD);
        browser.waitFor(By.id("queue-grid"));
        browser.find(By.cssSelector("#queue-search input")).sendKeys("Storm", Keys.ENTER);
        browser.waitForText(By.id("queue-grid"), "Too many notifications");
        browser.screenshot("navigator-queue-storm");
        browser.click(By.xpath("//vaadin-grid[@id='queue-grid']//vaadin-grid-cell-content"
                + "[normalize-space(.)='Too many notifications']"));
        browser.waitForUrlContaining("/navigator/issues/" + issue);
        browser.waitForText(By.id("issue-title"), "Too many notifications · S. Storm");
        browser.click(By.id("issue-take"));
        browser.waitUntil("the issue is taken", () -> "IN_PROGRESS".equals(status(issue)));

        browser.click(By.id("issue-patient-page"));
        browser.waitForUrlContaining("/navigator/patients/" + storm);
        browser.waitFor(By.cssSelector("#notification-health-chart[data-rendered='true'] canvas"));
        assertThat(browser.find(By.id("notification-health-summary")).getText()).contains("duplicate");
        browser.screenshot("navigator-patient-notifications");

        browser.click(By.cssSelector("#schedule-paused label"));
        // the reason field is enabled by the server once it has seen the tick
        browser.waitUntil("the pause fields open", () -> browser.find(By.cssSelector("#schedule-pause-reason input")).isEnabled());
        browser.find(By.cssSelector("#schedule-pause-reason input")).sendKeys("Duplicate deliveries reported to the supplier");
        browser.find(By.cssSelector("#schedule-reason textarea"))
                .sendKeys("Reminders storm (about 16 a day): paused until the supplier's fix.");
        browser.click(By.id("schedule-save"));
        browser.waitFor(By.cssSelector("#schedule-confirm [slot='confirm-button']"));
        browser.screenshot("navigator-schedule-confirm");
        browser.click(By.cssSelector("#schedule-confirm [slot='confirm-button']"));
        browser.waitUntil("version " + (versionBefore + 1) + " is saved", () -> jdbc.queryForObject(
                "SELECT MAX(version) FROM reminder_schedule WHERE patient_id = ?", Integer.class, storm) == versionBefore + 1);
        browser.waitUntil("the page shows the new version", () -> browser.textContent("schedule-current").startsWith("Version " + (versionBefore + 1)));
        assertThat(browser.textContent("schedule-current"))
                .contains("PAUSED");
        browser.script("document.getElementById('schedule-current').scrollIntoView({block: 'start'})");
        browser.screenshot("navigator-schedule-paused");
        assertThat(planVersion(programmeId)).as("the programme fetches the new version").isEqualTo(versionBefore + 1);

        browser.open("/navigator/issues/" + issue);
        browser.waitForText(By.id("issue-title"), "S. Storm");
        browser.click(By.id("issue-resolve"));
        browser.waitFor(By.cssSelector("#resolve-text textarea")).sendKeys(RESOLUTION);
        browser.click(By.id("resolve-confirm"));
        browser.waitUntil("the issue is resolved", () -> "RESOLVED".equals(status(issue)));
        browser.screenshot("navigator-issue-resolved");
        assertThat(jdbc.queryForObject("SELECT resolution FROM technical_issue WHERE id = ?", String.class, issue))
                .isEqualTo(RESOLUTION);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'nav.ahmed'"
                + " AND patient_id = ? AND action = 'REMINDER_SCHEDULE_CHANGE'", Integer.class, storm)).isOne();

        // and a data summary for the PWP, from the issue page
        browser.click(By.id("summary-link"));
        browser.waitForUrlContaining("/navigator/patients/" + storm + "/summary");
        browser.waitFor(By.cssSelector("#summary-text textarea")).sendKeys(SUMMARY);
        browser.click(By.id("summary-publish"));
        browser.click(By.cssSelector("#summary-publish-dialog [slot='confirm-button']"));
        browser.waitUntil("the summary is published", () -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM data_summary WHERE patient_id = ?", Integer.class, storm) == 1);
        browser.screenshot("navigator-data-summary");
        browser.signOut();

        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        browser.open("/patients/" + storm);
        browser.waitForText(By.id("issue-grid"), "Resolved");
        browser.waitForText(By.id("issue-grid"), RESOLUTION);
        browser.script("document.getElementById('issue-grid').scrollIntoView({block: 'center'})");
        browser.screenshot("pwp-sees-resolution");
        browser.waitForText(By.id("data-summary-words"), SUMMARY);
        browser.script("document.getElementById('data-summary').scrollIntoView({block: 'center'})");
        browser.screenshot("pwp-sees-data-summary");
    }

    private String status(long issue) {
        return jdbc.queryForObject("SELECT status FROM technical_issue WHERE id = ?", String.class, issue);
    }

    /** What the programme sees: the plan's version, through the API with the demo integration's token. */
    private int planVersion(String programmeId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/patients/" + programmeId + "/plan"))
                .header("Authorization", "Bearer " + DEMO_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var matcher = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
