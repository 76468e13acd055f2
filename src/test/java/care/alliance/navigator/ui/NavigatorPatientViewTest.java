package care.alliance.navigator.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

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
import com.vaadin.flow.component.timepicker.TimePicker;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.shared.ui.AccessDeniedView;

/** The navigator's patient page, browserless, on MariaDB: chart summary, schedule editor, history. */
@AllianceTest
@WithUserDetails(NavigatorPatientViewTest.NAV)
class NavigatorPatientViewTest extends SpringBrowserlessTest {

    static final String NAV = "t.nav.npv";
    static long fresh;
    static long quiet;
    static long south;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void patients(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-patient-view");
        data.staff(NAV, "Nuala View", "NAVIGATOR", service);
        long pwp = data.staff("t.pwp.npv", "Piet View", "PWP", service);
        fresh = data.patientOf(data.patient("npv-1", "N. Fresh", service, pwp, null, null));
        quiet = data.patientOf(data.patient("npv-2", "N. Quiet", service, pwp, null, null));
        long other = data.service("t-patient-view-south");
        south = data.patientOf(data.patient("npv-s", "N. South", other, data.staff("t.pwp.npvs", "Pol South", "PWP",
                other), null, null));
    }

    @Test
    void theHeaderTheChartSummaryAndNotAgreedYet() {
        navigate("navigator/patients/" + fresh, NavigatorPatientView.class);
        assertThat(find(H2.class).withId("navigator-patient-title").single().getText()).isEqualTo("N. Fresh");
        assertThat(text("navigator-patient-programme-id")).isEqualTo("Programme id npv-1");
        assertThat(text("notification-health-summary")).startsWith("Last 14 days: 0 reminders expected, 0 deliveries"
                + " of 0 reminders (0 duplicates), 0 opened, 0 silent days.");
        assertThat(text("schedule-current")).isEqualTo("Not agreed yet: no reminders are planned.");
    }

    @Test
    void aMissingReasonIsShownOnItsFieldAndAConfirmedSaveCreatesTheNextVersion() {
        navigate("navigator/patients/" + fresh, NavigatorPatientView.class);
        int before = find(Grid.class).withId("schedule-history").single().getListDataView().getItemCount();
        find(TimePicker.class).withId("schedule-reminder-time-0").single().setValue(LocalTime.of(19, 0));
        test(button("schedule-save")).click();

        TextArea reason = find(TextArea.class).withId("schedule-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("The reason for the change is required (at least 3 characters).");
        assertThat(find(ConfirmDialog.class).all()).as("nothing to confirm while invalid").isEmpty();

        test(reason).setValue("Agreed by phone");
        test(button("schedule-save")).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Save version " + (before + 1) + " of the reminder schedule?");
        test(dialog).confirm();

        assertThat(text("schedule-outcome")).isEqualTo("Saved as version " + (before + 1) + ".");
        assertThat(text("schedule-current")).startsWith("Version " + (before + 1) + ": Mood reminder at 19:00; every day");
        assertThat(find(Grid.class).withId("schedule-history").single().getListDataView().getItemCount())
                .isEqualTo(before + 1);
        assertThat(reason.getValue()).as("the next change needs its own reason").isEmpty();
    }

    @Test
    void aReminderInsideQuietHoursIsRefusedNamingIt() {
        navigate("navigator/patients/" + quiet, NavigatorPatientView.class);
        find(TimePicker.class).withId("schedule-reminder-time-0").single().setValue(LocalTime.of(23, 0));
        test(find(Checkbox.class).withId("schedule-quiet").single()).click();
        test(find(TextArea.class).withId("schedule-reason").single()).setValue("Agreed by phone");
        test(button("schedule-save")).click();

        assertThat(find(Span.class).withId("schedule-reminders-error").single().getText())
                .isEqualTo("Mood reminder at 23:00 is inside the quiet hours 22:00–07:00.");
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(text("schedule-current")).startsWith("Not agreed yet");
    }

    @Test
    void addedAndRemovedRemindersKeepUniqueIdsForBrowserTests() {
        navigate("navigator/patients/" + quiet, NavigatorPatientView.class);
        test(button("schedule-add-reminder")).click();
        test(button("schedule-reminder-remove-0")).click();
        test(button("schedule-add-reminder")).click();

        assertThat(find(TimePicker.class).all()).extracting(picker -> picker.getId().orElse(""))
                .filteredOn(id -> id.startsWith("schedule-reminder-time-"))
                .containsExactly("schedule-reminder-time-1", "schedule-reminder-time-2");
    }

    @Test
    void anotherServicesPatientIsRefused() {
        navigate("navigator/patients/" + south, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private Button button(String id) {
        return find(Button.class).withId(id).single();
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }
}
