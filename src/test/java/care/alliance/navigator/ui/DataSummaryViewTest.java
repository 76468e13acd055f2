package care.alliance.navigator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.navigator.DataSummary;
import care.alliance.shared.ui.AccessDeniedView;

/** The navigator's data summary page, browserless, on MariaDB: facts in words, validation, publish, history. */
@AllianceTest
@WithUserDetails(DataSummaryViewTest.NAV)
class DataSummaryViewTest extends SpringBrowserlessTest {

    static final String NAV = "t.nav.dsv";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static long quiet;
    static long validated;
    static long changing;
    static long changingEpisode;
    static long south;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void patients(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-summary-view");
        data.staff(NAV, "Nell View", "NAVIGATOR", service);
        long pwp = data.staff("t.pwp.dsv", "Paul View", "PWP", service);
        long quietEpisode = data.patient("dsv-1", "S. Quiet", service, pwp, null, null);
        data.login(quietEpisode, yesterdayNoon(), true);
        quiet = data.patientOf(quietEpisode);
        validated = data.patientOf(data.patient("dsv-2", "S. Validated", service, pwp, null, null));
        changingEpisode = data.patient("dsv-3", "S. Changing", service, pwp, null, null);
        changing = data.patientOf(changingEpisode);
        long other = data.service("t-summary-view-south");
        south = data.patientOf(data.patient("dsv-s", "S. South", other,
                data.staff("t.pwp.dsvs", "Pia South", "PWP", other), null, null));
    }

    @Test
    void theFactsShowInWordsAndAPublishedSummaryJoinsTheHistoryAfterConfirmation() {
        open(quiet);
        assertThat(find(H2.class).single().getText()).isEqualTo("Data summary · S. Quiet");
        LocalDate today = LocalDate.now(LONDON);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
        String period = today.minusDays(13).getYear() == today.getYear()
                ? day.format(today.minusDays(13)) + " to " + day.format(today)
                : day.format(today.minusDays(13)) + " " + today.minusDays(13).getYear() + " to " + day.format(today)
                        + " " + today.getYear();
        assertThat(find(Paragraph.class).withId("summary-period").single().getText()).isEqualTo("dsv-1 · the last 14"
                + " days (" + period + "), as of now. These facts are stored with your words.");
        assertThat(find(UnorderedList.class).withId("summary-facts").single().getElement().getTextRecursively())
                .contains("Engagement: 1 successful login; active in the app on 1 of 14 days")
                .contains("Open technical problems: none.");
        assertThat(history().getListDataView().getItemCount()).isZero();
        TextArea text = text();
        assertThat(text.getHelperText()).startsWith("0 / 2000 characters");

        test(text).setValue("  Logs in daily; nothing technical in the way.  ");
        assertThat(text.getHelperText()).startsWith("44 / 2000 characters");
        test(find(Button.class).withId("summary-publish").single()).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).withId("summary-publish-dialog").single();
        assertThat(test(dialog).getHeader()).isEqualTo("Publish this summary?");
        test(dialog).confirm();

        assertThat(outcome()).isEqualTo("Published. The PWP sees it on the patient page and in the next digest.");
        assertThat(text.getValue()).isEmpty();
        assertThat(history().getListDataView().getItems().map(DataSummary::words).toList())
                .containsExactly("Logs in daily; nothing technical in the way.");
    }

    @Test
    void tooShortWordsAreRefusedOnTheFieldWithoutADialog() {
        open(validated);
        test(text()).setValue("   short  ");
        test(find(Button.class).withId("summary-publish").single()).click();

        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(text().isInvalid()).isTrue();
        assertThat(text().getErrorMessage()).isEqualTo("Too short: write at least 10 characters.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM data_summary WHERE patient_id = ?", Integer.class,
                validated)).isZero();
    }

    @Test
    void dataArrivingWhileWritingShowsTheNewFactsAndKeepsTheWords() {
        open(changing);
        test(text()).setValue("No logins at all this fortnight.");
        new CaseloadData(jdbc).login(changingEpisode, yesterdayNoon(), true);
        test(find(Button.class).withId("summary-publish").single()).click();
        test(find(ConfirmDialog.class).withId("summary-publish-dialog").single()).confirm();

        assertThat(outcome()).startsWith("The patient's data changed while you were writing.");
        assertThat(text().getValue()).isEqualTo("No logins at all this fortnight.");
        assertThat(find(UnorderedList.class).withId("summary-facts").single().getElement().getTextRecursively())
                .contains("Engagement: 1 successful login;");
    }

    @Test
    void theIssueAndOnboardingPagesLinkHere() {
        navigate("navigator/onboarding/patient/" + quiet, OnboardingView.class);
        assertThat(find(RouterLink.class).withId("summary-link").single().getHref())
                .isEqualTo("navigator/patients/" + quiet + "/summary");
    }

    @Test
    void anotherServicesPatientIsRefused() {
        navigate("navigator/patients/" + south + "/summary", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private static Instant yesterdayNoon() {
        return LocalDate.now(LONDON).minusDays(1).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    private void open(long patient) {
        navigate("navigator/patients/" + patient + "/summary", DataSummaryView.class);
    }

    private TextArea text() {
        return find(TextArea.class).withId("summary-text").single();
    }

    private String outcome() {
        return find(Paragraph.class).withId("summary-outcome").single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<DataSummary> history() {
        return find(Grid.class).withId("summary-history").single();
    }
}
