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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.navigator.OnboardingRow;
import care.alliance.navigator.OnboardingStep;
import care.alliance.shared.ui.AccessDeniedView;

/** The onboarding list and a patient's checklist, browserless, on MariaDB. */
@AllianceTest
@WithUserDetails(OnboardingViewTest.NAV)
class OnboardingViewTest extends SpringBrowserlessTest {

    static final String NAV = "t.nav.obv";
    static final String NAV_ALL_READY = "t.nav.obv0";
    static long started;
    static long fresh;
    static long hinted;
    static long south;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void patients(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-onboarding-view");
        data.staff(NAV, "Nadia View", "NAVIGATOR", service);
        long pwp = data.staff("t.pwp.obv", "Pete View", "PWP", service);
        long startedEpisode = data.patient("obv-1", "O. Started", service, pwp, null, null);
        data.onboarding(startedEpisode, 2, false);
        started = data.patientOf(startedEpisode);
        fresh = data.patientOf(data.patient("obv-2", "O. Fresh", service, pwp, null, null));
        long hintedEpisode = data.patient("obv-3", "O. Hinted", service, pwp, null, null);
        data.onboarding(hintedEpisode, 6, false);
        data.login(hintedEpisode, Instant.parse("2026-01-07T10:00:00Z"), true);
        hinted = data.patientOf(hintedEpisode);
        data.onboarding(data.patient("obv-4", "O. Ready", service, pwp, null, null), 7, true);
        long other = data.service("t-onboarding-view-all-ready");
        data.staff(NAV_ALL_READY, "Nico View", "NAVIGATOR", other);
        long otherPwp = data.staff("t.pwp.obv0", "Poppy View", "PWP", other);
        south = data.patientOf(data.patient("obv-s", "O. South", other, otherPwp, null, null));
        data.onboarding(data.patient("obv-s2", "O. South Ready", other, otherPwp, null, null), 7, true);
    }

    @Test
    void theListShowsPatientsNotYetReadyFewestStepsFirstAndARowOpensTheChecklist() {
        navigate(OnboardingListView.class);

        Grid<OnboardingRow> grid = grid();
        assertThat(test(grid).size()).isEqualTo(3);
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("patient"))).isEqualTo("O. Fresh · obv-2");
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("steps"))).isEqualTo("0/7");
        assertThat(test(grid).getCellText(1, test(grid).getColumnPosition("patient"))).isEqualTo("O. Started · obv-1");
        assertThat(test(grid).getCellText(2, test(grid).getColumnPosition("patient"))).isEqualTo("O. Hinted · obv-3");
        assertThat(find(Span.class).withId("onboarding-count").single().getText()).isEqualTo("3 patients not yet ready");

        test(grid).clickRow(1);
        assertThat(getCurrentView()).isInstanceOf(OnboardingView.class);
        assertThat(find(H2.class).withId("onboarding-title").single().getText()).isEqualTo("Onboarding · O. Started");
    }

    @Test
    @WithUserDetails(NAV_ALL_READY)
    void anEmptyListSaysEveryoneIsReady() {
        jdbc.update("INSERT IGNORE INTO onboarding_ready (patient_id, marked_by, marked_at)"
                + " SELECT ?, id, NOW() FROM staff_user WHERE username = ?", south, NAV_ALL_READY);
        navigate(OnboardingListView.class);

        assertThat(find(Paragraph.class).withId("onboarding-empty").single().getText())
                .startsWith("Every patient of your service with an open episode is ready");
        assertThat(find(Component.class).withId("onboarding-grid").all()).isEmpty();
    }

    @Test
    void tickingAndUntickingSaveAtOnceAndSayWhoAndWhen() {
        navigate("navigator/onboarding/patient/" + fresh, OnboardingView.class);
        assertThat(summary()).isEqualTo("obv-2 · 0 of 7 steps done");
        assertThat(find(Button.class).withId("onboarding-ready").single().isEnabled()).isFalse();

        test(box(OnboardingStep.APP_INSTALLED)).click();

        assertThat(box(OnboardingStep.APP_INSTALLED).getValue()).isTrue();
        assertThat(detail(OnboardingStep.APP_INSTALLED)).startsWith("Ticked by Nadia View on ");
        assertThat(outcome()).isEqualTo("\"App installed\" ticked.");
        assertThat(summary()).isEqualTo("obv-2 · 1 of 7 steps done");

        test(box(OnboardingStep.APP_INSTALLED)).click();
        assertThat(box(OnboardingStep.APP_INSTALLED).getValue()).isFalse();
        assertThat(detail(OnboardingStep.APP_INSTALLED)).isEqualTo("Not done yet");
        assertThat(outcome()).isEqualTo("\"App installed\" unticked.");
    }

    @Test
    void theDigitalSkillsStepNeedsANoteAndSaysSoOnTheField() {
        navigate("navigator/onboarding/patient/" + started, OnboardingView.class);
        TextArea note = find(TextArea.class).withId("onboarding-note").single();

        test(box(OnboardingStep.DIGITAL_SKILLS)).click();

        assertThat(box(OnboardingStep.DIGITAL_SKILLS).getValue()).as("refused, so shown as stored").isFalse();
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Note the patient's digital-skills needs");

        test(note).setValue("Uses a tablet; needs large text");
        test(box(OnboardingStep.DIGITAL_SKILLS)).click();
        assertThat(box(OnboardingStep.DIGITAL_SKILLS).getValue()).isTrue();
        assertThat(note.isInvalid()).isFalse();
        assertThat(note.getValue()).isEqualTo("Uses a tablet; needs large text");
    }

    @Test
    void hintsFromTheDataAndMarkingReadyAfterConfirmation() {
        navigate("navigator/onboarding/patient/" + hinted, OnboardingView.class);
        assertThat(detail(OnboardingStep.FIRST_LOGIN)).startsWith("Ticked by").contains("Seen in the app's data on ");
        assertThat(detail(OnboardingStep.DIGITAL_SKILLS)).isEqualTo("Not done yet");
        Button ready = find(Button.class).withId("onboarding-ready").single();
        assertThat(ready.isEnabled()).as("6 of 7").isFalse();

        test(find(TextArea.class).withId("onboarding-note").single()).setValue("None");
        test(box(OnboardingStep.DIGITAL_SKILLS)).click();
        assertThat(ready.isEnabled()).isTrue();
        test(ready).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Mark ready for blended sessions?");
        test(dialog).confirm();

        assertThat(outcome()).isEqualTo("Marked ready for blended sessions.");
        assertThat(summary()).startsWith("obv-3 · Ready for blended sessions (marked by Nadia View on ");
        assertThat(ready.isVisible()).isFalse();

        test(box(OnboardingStep.ACCOUNT_CREATED)).click();
        assertThat(outcome()).isEqualTo("\"Account created\" unticked. The patient is no longer marked ready for "
                + "blended sessions.");
        assertThat(summary()).isEqualTo("obv-3 · 6 of 7 steps done");
    }

    @Test
    void anotherServicesPatientIsRefused() {
        navigate("navigator/onboarding/patient/" + south, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<OnboardingRow> grid() {
        return find(Grid.class).withId("onboarding-grid").single();
    }

    private Checkbox box(OnboardingStep step) {
        return find(Checkbox.class).withId("onboarding-step-" + step.name()).single();
    }

    private String detail(OnboardingStep step) {
        return find(Span.class).withId("onboarding-detail-" + step.name()).single().getText();
    }

    private String summary() {
        return find(Paragraph.class).withId("onboarding-summary").single().getText();
    }

    private String outcome() {
        return find(Paragraph.class).withId("onboarding-outcome").single().getText();
    }
}
