package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.caseload.PatientMessages;
import care.alliance.caseload.PatientPageData;
import care.alliance.navigator.DataSummaryFacts;
import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.navigator.internal.DataSummaryTable;
import care.alliance.shared.ui.AccessDeniedView;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.EChart;

@AllianceTest
@WithUserDetails(Fixtures.PWP_A)
class PatientViewTest extends SpringBrowserlessTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientMessages patientMessages;
    @Autowired
    DataSummaryTable summaries;
    PatientPageData data;
    long patient;
    long other;

    @BeforeEach
    void ids() {
        data = new PatientPageData(jdbc);
        patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        other = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
        data.clear(patient, other);
    }

    @AfterEach
    void clear() {
        data.clear(patient, other);
    }

    @Test
    void H01_theHeaderNamesThePatientTheNextSessionTheProgressAndEveryOpenRiskFlag() {
        Instant next = Instant.now().plus(Duration.ofDays(2));
        data.appointment(patient, next, "FACE_TO_FACE", "BOOKED");
        data.phq9(patient, Instant.parse("2026-02-01T10:00:00Z"), 13);
        data.phq9(patient, Instant.parse("2026-11-10T10:00:00Z"), 20);
        long flag = data.openRiskFlag(patient, Instant.parse("2026-11-20T09:00:00Z"), "PHQ-9 item 9 scored 2");

        open();

        assertThat(find(H2.class).single().getText()).isEqualTo("A. Fixture");
        assertThat(text("patient-summary")).isEqualTo(Fixtures.PATIENT_OF_A + " · Assessed · referred 2026-01-05");
        assertThat(text("next-appointment")).isEqualTo("Next appointment: "
                + DisplayTime.dateTime(next.truncatedTo(java.time.temporal.ChronoUnit.MICROS)) + " · Face to face · 30 min");
        assertThat(text("live-status")).startsWith("Progress: Reliably deteriorated");
        assertThat(find(Component.class).withId("open-risk-flags").single().getElement().getTextRecursively())
                .contains("Risk flag open").contains("PHQ-9 item 9 scored 2")
                .contains("raised " + DisplayTime.dateTime(Instant.parse("2026-11-20T09:00:00Z")));
        assertThat(button("review-flag-" + flag).getText()).isEqualTo("Review");
    }

    @Test
    void withNothingBookedTheHeaderSaysSo() {
        open();
        assertThat(text("next-appointment")).isEqualTo("Next appointment: None booked");
        assertThat(text("live-status")).startsWith("Progress: Not enough scores yet");
        assertThat(find(Component.class).withId("open-risk-flags").single().getElement().getTextRecursively())
                .isEqualTo("No open risk flags.");
    }

    @Test
    void H14_theMoodChartCarriesTheDailyMeansWithAGapAndItsSummary() {
        LocalDate today = LocalDate.now(LONDON);
        data.mood(patient, noon(today.minusDays(1)), 4);
        data.mood(patient, noon(today.minusDays(3)), 6);
        data.mood(patient, noon(today.minusDays(3)).plusSeconds(3600), 8);

        open();

        DocumentContext option = option("mood-chart");
        List<Object> means = option.read("$.series[0].data");
        assertThat(means).hasSize(28);
        assertThat(means.subList(24, 28)).containsExactly(7.0, null, 4.0, null);
        assertThat(option.<Boolean>read("$.series[0].connectNulls")).isFalse();
        assertThat(text("mood-summary")).startsWith("Mood, last 28 days: rated on 2 of 28 days; mean 5.5; lowest 4 on ");
        assertThat(find(EChart.class).withId("mood-chart").single().getElement().getAttribute("aria-label"))
                .isEqualTo(text("mood-summary"));
    }

    @Test
    void H14_theQuestionnaireChartShowsCasenessLinesTheReliableChangeAndTheVerdict() {
        data.phq9(patient, Instant.parse("2026-02-01T10:00:00Z"), 14);
        data.phq9(patient, Instant.parse("2026-11-10T10:00:00Z"), 21);
        data.gad7(patient, Instant.parse("2026-02-01T10:04:00Z"), 10);

        open();

        DocumentContext option = option("scores-chart");
        assertThat(option.<List<String>>read("$.series[*].markLine.data[0].label.formatter"))
                .containsExactly("PHQ-9 caseness (10)", "GAD-7 caseness (8)");
        assertThat(option.<String>read("$.series[0].markPoint.data[0].label.formatter")).isEqualTo("Reliable deterioration");
        assertThat(text("scores-summary")).isEqualTo("PHQ-9: 14 (moderate) on Sun 1 Feb → 21 (severe) on Tue 10 Nov,"
                + " change +7 (reliable deterioration). GAD-7: one score, 10 (moderate) on Sun 1 Feb 2026, 10:04."
                + " Verdict: reliable deterioration.");
    }

    @Test
    void H14_moduleProgressIsShownAgainstTheCorePlan() {
        data.module(patient, Instant.now().minus(Duration.ofDays(20)), "PSYCHOEDUCATION", 100);
        data.module(patient, Instant.now().minus(Duration.ofDays(2)), "BEHAVIOURAL_ACTIVATION", 50);

        open();

        assertThat(option("modules-chart").<List<Integer>>read("$.series[0].data[*].value")).containsExactly(100, 50, 0, 0);
        assertThat(text("modules-summary")).isEqualTo("1 of 4 core modules complete; Behavioural activation 50 %, "
                + "Cognitive restructuring not started, Relapse prevention not started.");
    }

    @Test
    void theActivityTablesShowRecentRowsNewestFirstAndSayWhenEmpty() {
        Instant now = Instant.now();
        data.diary(patient, now.minus(Duration.ofDays(2)), "Walk round the park", "PLANNED");
        data.diary(patient, now.minus(Duration.ofDays(1)), "Walk round the park", "COMPLETED");
        data.login(patient, now.minus(Duration.ofHours(5)), false, "BAD_PASSWORD");

        open();

        TabSheet tabs = find(TabSheet.class).withId("activity-tabs").single();
        assertThat(grid("message-grid").getEmptyStateText()).isEqualTo("No messages from the patient.");
        tabs.setSelectedIndex(1);
        assertThat(test(grid("diary-grid")).size()).isEqualTo(2);
        assertThat(test(grid("diary-grid")).getCellText(0, 2)).isEqualTo("Completed");
        tabs.setSelectedIndex(2);
        assertThat(test(grid("login-grid")).getCellText(0, 1)).isEqualTo("Failed: bad password");
        tabs.setSelectedIndex(3);
        assertThat(test(grid("notification-grid")).size()).isZero();
        assertThat(grid("notification-grid").getEmptyStateText()).isEqualTo("No notifications yet.");
    }

    @Test
    void thePwpMarksAnUnreadMessageReadAndThePageSaysSo() {
        long message = data.message(patient, Instant.now().minus(Duration.ofHours(3)), "Feeling low since Sunday.");
        open();
        assertThat(find(TabSheet.class).single().getTabAt(0).getLabel()).isEqualTo("Messages (1 unread)");
        assertThat(test(grid("message-grid")).getCellText(0, 2)).isEqualTo("Unread");

        Button mark = (Button) test(grid("message-grid")).getCellComponent(0, 3);
        assertThat(mark.getId()).hasValue("mark-read-" + message);
        test(mark).click();
        roundTrip();

        assertThat(jdbc.queryForObject("SELECT read_at IS NOT NULL FROM message WHERE id = ?", Boolean.class, message)).isTrue();
        assertThat(test(grid("message-grid")).getCellText(0, 2)).startsWith("Read ");
        assertThat(test(grid("message-grid")).getCellComponent(0, 3)).isNotInstanceOf(Button.class);
        assertThat(find(TabSheet.class).single().getTabAt(0).getLabel()).isEqualTo("Messages");
    }

    @Test
    void H02_anotherPatientsMessageCannotBeMarkedFromThisPatientsPage() {
        long othersMessage = data.message(other, Instant.now().minus(Duration.ofHours(1)), "Not for this page");
        open();
        assertThatThrownBy(() -> patientMessages.markRead(patient, othersMessage)).isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.queryForObject("SELECT read_at IS NULL FROM message WHERE id = ?", Boolean.class, othersMessage)).isTrue();
    }

    @Test
    void H01_aReviewNeedsANoteThenMovesTheFlagToTheHistory() {
        long flag = data.openRiskFlag(patient, Instant.parse("2026-11-20T09:00:00Z"), "PHQ-9 item 9 scored 2");
        open();

        test(button("review-flag-" + flag)).click();
        ReviewFlagDialog dialog = find(ReviewFlagDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("Write a review note: what you did and decided.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(status(flag)).isEqualTo("OPEN");

        test(dialog.note).setValue("Phoned the patient; safety plan agreed.");
        test(dialog.save).click();
        roundTrip();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(status(flag)).isEqualTo("REVIEWED");
        assertThat(find(Button.class).withId("review-flag-" + flag).exists()).isFalse();
        assertThat(find(Component.class).withId("risk-flag-history").single().getElement().getTextRecursively())
                .contains("reviewed by Alex Test").contains("Phoned the patient; safety plan agreed.");
    }

    @Test
    void aReportedProblemGoesToTheNavigatorAndASecondOneJoinsTheOpenIssue() {
        open();
        test(button("report-issue")).click();
        ReportIssueDialog dialog = find(ReportIssueDialog.class).single();
        test(dialog.description).setValue("No reminders since Sunday");
        test(dialog.send).click();
        assertThat(dialog.category.isInvalid()).isTrue();
        assertThat(dialog.category.getErrorMessage()).isEqualTo("Choose the kind of problem.");
        assertThat(issues()).isZero();

        dialog.category.setValue(TechnicalIssueCategory.NOTIFICATIONS_MISSING);
        test(dialog.send).click();
        roundTrip();
        assertThat(text("issue-report-outcome")).isEqualTo("Sent to the digital navigator.");
        assertThat(test(grid("issue-grid")).getCellText(0, 0)).isEqualTo("Notifications not arriving");
        assertThat(test(grid("issue-grid")).getCellText(0, 2)).isEqualTo("Reported by clinician");

        test(button("report-issue")).click();
        ReportIssueDialog again = find(ReportIssueDialog.class).single();
        again.category.setValue(TechnicalIssueCategory.NOTIFICATIONS_MISSING);
        test(again.description).setValue("Still nothing today");
        test(again.send).click();
        roundTrip();
        assertThat(text("issue-report-outcome")).isEqualTo("Added to the open \"Notifications not arriving\" issue.");
        assertThat(issues()).isEqualTo(1);
    }

    @Test
    void theDigestSectionSaysNoneHasBeenBuiltYet() {
        open();
        assertThat(text("digest-empty")).isEqualTo("No digest has been built for this patient yet.");
    }

    @Test
    void theNavigatorsCurrentDataSummaryShowsWithTheFactsAsPublishedOrSaysThereIsNone() {
        open();
        assertThat(text("data-summary-empty")).isEqualTo("No data summary yet.");
        assertThat(find(Component.class).withId("data-summary-words").all()).as("hidden").isEmpty();

        long navigator = jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class,
                Fixtures.NAVIGATOR);
        DataSummaryFacts facts = new DataSummaryFacts(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 23), 14, 9,
                10, null, 8, 1, 3, 2, 1, 0, 2, List.of());
        Instant first = Instant.parse("2026-11-22T10:00:00Z");
        summaries.insert(patient, navigator, first, facts, "An older summary, superseded.");
        summaries.insert(patient, navigator, first.plusSeconds(3600), facts, "Reminders fixed on Monday.\nAll good.");
        open();

        assertThat(find(Component.class).withId("data-summary-empty").all()).as("hidden").isEmpty();
        String author = jdbc.queryForObject("SELECT display_name FROM staff_user WHERE id = ?", String.class, navigator);
        assertThat(text("data-summary-meta")).isEqualTo("By " + author + ", " + DisplayTime.dateTime(first.plusSeconds(3600))
                + ". Facts for Tue 10 Nov to Mon 23 Nov, as they were when published.");
        assertThat(text("data-summary-words")).isEqualTo("Reminders fixed on Monday.\nAll good.");
        assertThat(find(Component.class).withId("data-summary-facts").single().getElement().getTextRecursively())
                .contains(facts.sentences().get(1)).contains("Open technical problems: none.");
    }

    @Test
    @WithUserDetails(Fixtures.MANAGER)
    void aManagerReadsThePageAndMayReviewButNeverMarksMessagesRead() {
        long message = data.message(patient, Instant.now().minus(Duration.ofHours(3)), "Could we move Thursday?");
        long flag = data.openRiskFlag(patient, Instant.parse("2026-11-20T09:00:00Z"), "PHQ-9 item 9 scored 1");

        open();

        assertThat(find(H2.class).single().getText()).isEqualTo("A. Fixture");
        assertThat(test(grid("message-grid")).getCellText(0, 2)).isEqualTo("Unread");
        assertThat(test(grid("message-grid")).getCellComponent(0, 3)).isNotInstanceOf(Button.class);
        assertThat(button("review-flag-" + flag).isEnabled()).isTrue();
        assertThat(button("report-issue").isEnabled()).isTrue();
    }

    @Test
    void H02_anotherPwpsPatientGivesAccessDeniedAndAnAuditRow() {
        long denied = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'DENIED'", Long.class, Fixtures.PWP_A, other);
        navigate("patients/" + other, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Access denied").doesNotContain("B. Fixture");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'DENIED'", Long.class, Fixtures.PWP_A, other)).isEqualTo(denied + 1);
    }

    @Test
    void H13_openingThePageIsOneAuditedRead() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ?", Long.class, patient);
        open();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ?", Long.class, patient))
                .isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT CONCAT(username, ' ', action, ' ', outcome) FROM audit_event"
                + " WHERE patient_id = ? ORDER BY id DESC LIMIT 1", String.class, patient))
                .isEqualTo(Fixtures.PWP_A + " PATIENT_READ ALLOWED");
    }

    private void open() {
        navigate("patients/" + patient, PatientView.class);
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return find(Grid.class).withId(id).single();
    }

    private DocumentContext option(String chartId) {
        return JsonPath.parse(find(EChart.class).withId(chartId).single().getElement().getAttribute("data-option"));
    }

    private String status(long flag) {
        return jdbc.queryForObject("SELECT status FROM risk_flag WHERE id = ?", String.class, flag);
    }

    private int issues() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE patient_id = ?", Integer.class, patient);
    }

    private static Instant noon(LocalDate day) {
        return day.atTime(12, 0).atZone(LONDON).toInstant();
    }
}
