package care.alliance.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import care.alliance.ingest.EventsApi;

/**
 * Issue #4's PWP journey in Chromium on the demo service, as pwp.brown so the other journeys' patients
 * (pwp.jones's R. Risk) keep their open flag: a risk flag arrives through the API, the flagged patient
 * is the caseload's first row, its page draws its charts, the PWP reviews the flag and hands a
 * technical problem to the navigator; opening another PWP's patient by URL is refused and audited.
 */
class PwpSessionJourneyIT extends DemoJourney {

    private static final String PWP = "pwp.brown";

    @Test
    @DisplayName("H01 H02 PWP: flagged patient first, charts drawn, flag reviewed, problem handed to the navigator, other PWP's patient refused")
    void pwpWorksAFlaggedPatient() throws Exception {
        String flagged = jdbc.queryForObject("""
                SELECT p.programme_id FROM patient p JOIN episode e ON e.patient_id = p.id
                JOIN staff_user u ON u.id = e.pwp_id
                WHERE u.username = ? AND e.discharged_on IS NULL
                ORDER BY (SELECT COUNT(*) FROM mood_rating m WHERE m.patient_id = p.id) DESC, p.id LIMIT 1""",
                String.class, PWP);
        String phq9 = "{\"events\":[{\"id\":\"e2e-brown-risk-" + System.nanoTime() + "\",\"patient\":\"" + flagged
                + "\",\"type\":\"QUESTIONNAIRE\",\"occurredAt\":\"" + java.time.Instant.now().minusSeconds(3600)
                + "\",\"instrument\":\"PHQ9\",\"items\":[2,2,2,2,1,1,1,1,2]}]}";
        assertThat(new EventsApi(port).post(phq9, "demo-programme-token").body()).contains("ACCEPTED");

        browser.signIn(PWP, "alliance-demo-1");
        browser.waitFor(By.cssSelector("#caseload-grid .risk-badge"));
        WebElement firstRow = firstPatientCell();
        assertThat(firstRow.getText()).as("the first row carries the risk badge").contains("Risk flag open");
        String name = firstRow.findElement(By.className("caseload-name")).getText();
        firstRow.click();

        browser.waitForText(By.tagName("h2"), name);
        for (String chart : List.of("mood-chart", "scores-chart", "modules-chart")) {
            browser.waitFor(By.cssSelector("#" + chart + "[data-rendered='true'] canvas"));
        }
        Object plotted = browser.script("return echarts.getInstanceByDom(document.getElementById('scores-chart'))"
                + ".getOption().series.reduce((n, s) => n + s.data.length, 0)");
        assertThat(((Number) plotted).intValue()).as("scores drawn on the chart").isPositive();
        Object rated = browser.script("return echarts.getInstanceByDom(document.getElementById('mood-chart'))"
                + ".getOption().series[0].data.filter(v => typeof v === 'number').length");
        assertThat(((Number) rated).intValue()).as("rated days drawn on the mood chart").isPositive();
        browser.screenshot("journey-patient-page");

        long patientId = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = ? AND id IN"
                + " (SELECT e.patient_id FROM episode e JOIN staff_user u ON u.id = e.pwp_id WHERE u.username = ?)",
                Long.class, name, PWP);
        reviewEveryOpenFlag(patientId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_flag WHERE patient_id = ? AND status = 'OPEN'",
                Integer.class, patientId)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_flag f JOIN staff_user u ON u.id = f.reviewed_by"
                + " WHERE f.patient_id = ? AND u.username = ? AND f.review_note LIKE 'Phoned today%'",
                Integer.class, patientId, PWP)).isPositive();

        browser.click(By.id("report-issue"));
        browser.waitFor(By.id("issue-category")).click();
        browser.waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='Too many notifications']")).click();
        browser.find(By.cssSelector("#issue-description textarea")).sendKeys("Six reminders before 9 am; wants them stopped.");
        browser.click(By.id("send-issue"));
        browser.waitForText(By.id("issue-report-outcome"), "navigator");
        browser.waitForText(By.id("issue-grid"), "Too many notifications");
        browser.screenshot("journey-issue-reported");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE patient_id = ?"
                + " AND category = 'NOTIFICATIONS_EXCESSIVE' AND source = 'PWP_REPORT' AND status <> 'RESOLVED'",
                Integer.class, patientId)).isEqualTo(1);

        long others = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = 'R. Risk'", Long.class);
        long denied = deniedReads(others);
        browser.open("/patients/" + others);
        browser.waitForText(By.id("access-denied"), "Access denied");
        assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("R. Risk");
        browser.screenshot("journey-access-denied");
        assertThat(deniedReads(others)).isEqualTo(denied + 1);
    }

    /** The caseload's first body row: rows are rendered in order, so the first name cell is row 0. */
    private WebElement firstPatientCell() {
        browser.waitFor(By.cssSelector("#caseload-grid .caseload-name"));
        return browser.find(By.xpath("(//vaadin-grid[@id='caseload-grid']//vaadin-grid-cell-content"
                + "[.//*[contains(@class,'caseload-name')]])[1]"));
    }

    private void reviewEveryOpenFlag(long patientId) {
        int open = jdbc.queryForObject("SELECT COUNT(*) FROM risk_flag WHERE patient_id = ? AND status = 'OPEN'",
                Integer.class, patientId);
        assertThat(open).as("open flags on the first row's patient").isPositive();
        for (int i = 0; i < open; i++) {
            browser.click(By.cssSelector("[id^='review-flag-']"));
            browser.waitFor(By.cssSelector("#review-note textarea")).sendKeys("Phoned today: safe, plan agreed.");
            browser.find(By.id("save-review")).click();
            int left = open - i - 1;
            browser.waitUntil("the review closes the flag", () -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM risk_flag WHERE patient_id = ? AND status = 'OPEN'", Integer.class, patientId) == left);
        }
        browser.waitUntil("no review button left", () -> browser.findAll(By.cssSelector("[id^='review-flag-']")).isEmpty());
        browser.waitForText(By.id("risk-flag-history"), "Reviewed risk flags");
        browser.click(By.cssSelector("#risk-flag-history vaadin-details-summary")); // the history starts folded
        browser.waitForText(By.id("risk-flag-history"), "Phoned today");
    }

    private long deniedReads(long patientId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'PATIENT_READ' AND outcome = 'DENIED'", Long.class, PWP, patientId);
    }
}
