package care.alliance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import care.alliance.ingest.EventsApi;

/**
 * Whole-path journeys in Chromium against the demo service: each role signs in, sees exactly its
 * menu, cannot open another role's view by URL, and signs out.
 */
class RoleJourneysIT extends DemoJourney {

    @Test
    @DisplayName("PWP: caseload with the risk badge, supervision list, own menu only, other roles' views refused")
    void pwpJourney() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        browser.waitForText(By.id("caseload-grid"), "R. Risk");
        browser.waitForText(By.cssSelector("#caseload-grid .risk-badge"), "Risk flag open");
        assertThat(browser.menu()).containsExactly("My caseload", "Digest inbox", "My time", "Supervision list");
        assertThat(browser.find(By.id("current-user")).getText()).contains("Psychological wellbeing practitioner");
        browser.screenshot("pwp-caseload");
        browser.open("/supervision");
        browser.waitFor(By.id("supervision-grid"));
        assertRefused("/service");
        assertRefused("/navigator");
        assertRefused("/admin/users");
        signOut();
    }

    @Test
    @DisplayName("Navigator: workspace with the triage queue, own menu only, patient and manager views refused")
    void navigatorJourney() throws Exception {
        browser.signIn("nav.ahmed", PASSWORD);
        browser.waitForText(By.tagName("h2"), "Navigator workspace");
        // seeding ran detection once, so the queue has rows (which ones depends on what other journeys
        // sharing this demo database have resolved already)
        browser.waitFor(By.id("queue-grid"));
        assertThat(browser.menu()).containsExactly("Navigator workspace", "Onboarding");
        browser.screenshot("navigator-home");
        assertRefused("/caseload");
        assertRefused("/supervision");
        assertRefused("/service");
        signOut();
    }

    @Test
    @DisplayName("Manager: service overview with a rendered chart and its text summary")
    void managerJourney() throws Exception {
        browser.signIn("manager.lee", PASSWORD);
        browser.waitFor(By.id("stage-chart"));
        assertThat(browser.menu()).containsExactly("Service overview", "Digest coverage", "Team time budget", "Supervision list");
        browser.waitFor(By.cssSelector("#stage-chart[data-rendered='true'] canvas"));
        browser.waitUntil("the chart fills its box", () ->
                browser.find(By.cssSelector("#stage-chart canvas")).getSize().getWidth() > 600);
        assertThat(browser.find(By.id("stage-summary")).getText()).startsWith("Episodes by stage:")
                .contains("In treatment");
        browser.screenshot("manager-overview");
        browser.open("/supervision");
        browser.waitFor(By.id("supervision-grid"));
        browser.screenshot("manager-supervision");
        browser.open("/digest-coverage");
        browser.waitFor(By.id("coverage-day"));
        assertThat(browser.find(By.id("coverage-summary")).getText())
                .as("the demo's digests for tomorrow were built at seeding").matches("\\d+ of \\d+ booked appointments on .*");
        browser.screenshot("manager-digest-coverage");
        assertRefused("/digests");
        assertRefused("/caseload");
        assertRefused("/admin/users");
        signOut();
    }

    @Test
    @DisplayName("PWP: the digest inbox lists the demo's upcoming sessions, unread first; a digest opens on one screen")
    void pwpOpensADigestFromTheInbox() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        browser.open("/digests");
        browser.waitFor(By.id("digest-inbox-grid"));
        assertThat(browser.find(By.id("digest-inbox-summary")).getText()).matches("[1-9]\\d* unread digests? · .*");
        browser.screenshot("pwp-digest-inbox");
        browser.click(By.xpath("(//vaadin-grid[@id='digest-inbox-grid']//vaadin-grid-cell-content"
                + "[starts-with(normalize-space(.), 'Unread')])[1]"));
        browser.waitFor(By.id("digest-agenda"));
        assertThat(browser.findAll(By.cssSelector("#digest-agenda li"))).hasSize(3);
        assertThat(browser.find(By.id("digest-built")).getText()).startsWith("Built ").contains("(version 1)");
        assertThat(browser.find(By.id("digest-mood")).getText()).startsWith("Rated on ");
        browser.screenshot("pwp-digest");
        assertRefused("/digest-coverage");
        signOut();
    }

    @Test
    @DisplayName("H01 a risk flag posted through the API appears at once in the PWP's open tab")
    void riskFlagAlertIsPushedToTheOpenTab() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        String patient = jdbc.queryForObject("""
                SELECT p.programme_id FROM patient p JOIN episode e ON e.patient_id = p.id
                JOIN staff_user u ON u.id = e.pwp_id WHERE u.username = 'pwp.jones' ORDER BY p.id LIMIT 1""", String.class);
        String body = "{\"events\":[{\"id\":\"e2e-risk-" + System.nanoTime() + "\",\"patient\":\"" + patient
                + "\",\"type\":\"QUESTIONNAIRE\",\"occurredAt\":\"2026-11-20T09:00:00Z\",\"instrument\":\"PHQ9\","
                + "\"items\":[2,2,2,1,1,1,1,1,3]}]}";
        var response = new EventsApi(port).post(body, DEMO_TOKEN);
        assertThat(response.body()).contains("ACCEPTED");

        browser.waitForText(By.tagName("vaadin-notification-card"), "Risk flag for patient " + patient);
        browser.screenshot("pwp-risk-alert");
        signOut();
    }

    @Test
    @DisplayName("A patient page open in the PWP's tab shows new programme data without a reload")
    void patientPageRefreshesWhenDataArrives() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        long patientId = jdbc.queryForObject("""
                SELECT p.id FROM patient p JOIN episode e ON e.patient_id = p.id
                JOIN staff_user u ON u.id = e.pwp_id WHERE u.username = 'pwp.jones' ORDER BY p.id LIMIT 1""", Long.class);
        String programmeId = jdbc.queryForObject("SELECT programme_id FROM patient WHERE id = ?", String.class, patientId);
        browser.open("/patients/" + patientId);
        browser.waitForText(By.id("patient-summary"), programmeId);

        // a rating stamped later than any demo rating, so it becomes the newest row
        String body = "{\"events\":[{\"id\":\"e2e-mood-" + System.nanoTime() + "\",\"patient\":\"" + programmeId
                + "\",\"type\":\"MOOD\",\"occurredAt\":\"" + java.time.Instant.now().minusSeconds(60) + "\",\"score\":10}]}";
        var response = new EventsApi(port).post(body, DEMO_TOKEN);
        assertThat(response.body()).contains("ACCEPTED");

        browser.waitUntil("the new rating shows without a reload", () -> browser.find(By.id("mood-summary"))
                .getText().contains("latest 10 on"));
        browser.screenshot("pwp-patient-live");
        signOut();
    }

    @Test
    @DisplayName("H01 H14 R. Risk's page in Chromium: the open flag in words, charts drawn with gaps and labelled lines, summaries beside them")
    void patientPageDrawsItsChartsWithTheirWords() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        long patientId = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = 'R. Risk'", Long.class);
        browser.open("/patients/" + patientId);

        browser.waitForText(By.id("open-risk-flags"), "Risk flag open");
        for (String chart : new String[] {"mood-chart", "scores-chart", "modules-chart"}) {
            browser.waitFor(By.cssSelector("#" + chart + "[data-rendered='true'] canvas"));
        }
        Object gaps = browser.script("return echarts.getInstanceByDom(document.getElementById('mood-chart'))"
                + ".getOption().series[0].data.filter(v => v === null || v === '-').length");
        assertThat(((Number) gaps).intValue()).as("days without a rating drawn as gaps").isPositive();
        Object caseness = browser.script("return echarts.getInstanceByDom(document.getElementById('scores-chart'))"
                + ".getOption().series.map(s => s.markLine.data[0].label.formatter).join('|')");
        assertThat(caseness).isEqualTo("PHQ-9 caseness (10)|GAD-7 caseness (8)");
        assertThat(browser.find(By.id("mood-summary")).getText()).startsWith("Mood, last 28 days: rated on");
        assertThat(browser.find(By.id("scores-summary")).getText()).startsWith("PHQ-9: ");
        assertThat(browser.find(By.id("modules-summary")).getText()).contains("of 4 core modules complete");
        assertThat(browser.find(By.id("mood-chart")).getAttribute("aria-label"))
                .isEqualTo(browser.find(By.id("mood-summary")).getText());
        browser.screenshot("pwp-patient-page");
        browser.script("document.getElementById('modules').scrollIntoView()");
        browser.screenshot("pwp-patient-page-modules");
        browser.script("document.getElementById('activity-tabs').scrollIntoView()");
        browser.screenshot("pwp-patient-page-activity");
        signOut();
    }

    @Test
    @DisplayName("Bad credentials give a clear message and no session")
    void badCredentials() throws Exception {
        browser.signIn("pwp.jones", "not-the-password");
        browser.waitForUrlContaining("error");
        browser.waitForText(By.tagName("vaadin-login-form"), "The username or password is not right");
        browser.screenshot("login-error");
    }

    @ParameterizedTest(name = "{0} signs in and lands on {1}")
    @CsvSource({"pwp.jones, /caseload", "pwp.smith, /caseload", "pwp.brown, /caseload",
            "nav.ahmed, /navigator", "manager.lee, /service", "admin, /admin/users"})
    @DisplayName("Every demo user signs in with the documented password")
    void everyDemoUserSignsIn(String username, String landing) {
        browser.signIn(username, PASSWORD);
        browser.waitForUrlContaining(landing);
        browser.waitFor(By.id("current-user"));
        signOut();
    }

    @Test
    @DisplayName("An unknown page shows a plain message: no stack trace, no list of routes")
    void unknownPageLeaksNothing() throws Exception {
        browser.signIn("pwp.jones", PASSWORD);
        browser.waitFor(By.id("caseload-grid"));
        browser.open("/no-such-page");
        browser.waitForText(By.tagName("body"), "Page not available");
        browser.screenshot("unknown-page");
        String page = browser.find(By.tagName("body")).getText();
        assertThat(page).doesNotContain("admin/users").doesNotContain("Exception").doesNotContain("navigator");
        signOut();
    }

    private void assertRefused(String path) {
        browser.open(path);
        browser.waitForText(By.id("not-found"), "Page not available");
    }

    private void signOut() {
        browser.signOut();
    }
}
