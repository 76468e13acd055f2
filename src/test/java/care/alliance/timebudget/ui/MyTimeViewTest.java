package care.alliance.timebudget.ui;

import static care.alliance.shared.db.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.caseload.CaseloadData;
import care.alliance.patients.AppointmentStatusChanged;
import care.alliance.timebudget.EntryState;
import care.alliance.timebudget.NewTimeEntry;
import care.alliance.timebudget.TimeEntry;
import care.alliance.timebudget.TimeKind;
import care.alliance.timebudget.TimeLedger;

/**
 * The PWP's "My time": the budget summary for a scripted week, confirming, correcting, adding, refusing,
 * deleting (confirmed first) and a conflict from another tab, each visible in the ledger and the budget.
 */
@AllianceTest
class MyTimeViewTest extends SpringBrowserlessTest {

    static final String PWP = "t.pwp.mytime";
    static final String PWP_2 = "t.pwp.mytime2";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate TODAY = LocalDate.now(LONDON);
    static final LocalDate MONDAY = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    static long pwp;
    static long pwp2;
    static long patient;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TimeLedger ledger;

    @BeforeAll
    static void week(@Autowired JdbcTemplate jdbc, @Autowired ApplicationEventPublisher events,
            @Autowired TransactionTemplate transactions) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-mytime");
        pwp = data.staff(PWP, "Tim Time", "PWP", service);
        pwp2 = data.staff(PWP_2, "Tess Time", "PWP", service);
        long manager = data.staff("t.mgr.mytime", "Mia Time", "MANAGER", service);
        // one hour a week and 4 contacts, so a 45-minute entry tips the week over
        jdbc.update("INSERT INTO pwp_capacity (pwp_id, effective_from, clinical_minutes_per_week, contact_target,"
                + " blended_percent, set_by, set_at) VALUES (?, ?, 60, 4, 10, ?, ?)", pwp, Date.valueOf(MONDAY),
                manager, utc(Instant.now()));
        long episode = data.patient("t-mytime-1", "M. Minutes", service, pwp, MONDAY.minusWeeks(4), null);
        patient = data.patientOf(episode);
        attended(data, events, transactions, episode, 10);
        data.appointment(episode, "ONLINE_REVIEW", MONDAY.plusWeeks(1).atTime(11, 0).atZone(LONDON).toInstant(),
                "BOOKED");
        long other1 = data.patient("t-mytime-2", "C. Correct", service, pwp2, MONDAY.minusWeeks(4), null);
        long other2 = data.patient("t-mytime-3", "K. Conflict", service, pwp2, MONDAY.minusWeeks(4), null);
        attended(data, events, transactions, other1, 9);
        attended(data, events, transactions, other2, 14);
    }

    private static void attended(CaseloadData data, ApplicationEventPublisher events, TransactionTemplate transactions,
            long episode, int hour) {
        long id = data.appointment(episode, "FACE_TO_FACE", MONDAY.atTime(hour, 0).atZone(LONDON).toInstant(),
                "ATTENDED");
        transactions.executeWithoutResult(tx -> events.publishEvent(new AppointmentStatusChanged(id)));
    }

    @Test
    @WithUserDetails(PWP)
    void theSummarySaysTheScriptedWeekAndChangesWithAConfirmationAndAManualEntry() {
        navigate(MyTimeView.class);
        String thisWeek = "This week (from " + TimeText.day(MONDAY) + "): 30 min of 1 h 00 planned (50%); 1 contact"
                + " of 4; uncounted blended work 0 min; most time: face-to-face session 30 min.";
        assertThat(summary()).startsWith("No week over budget.\n" + thisWeek);
        assertThat(summary()).contains("Next week (from " + TimeText.day(MONDAY.plusWeeks(1)) + "): 20 min of"
                + " 1 h 00 planned (33%); 0 contacts of 4; uncounted blended work 20 min (online review 15 min,"
                + " digest / progress review 5 min); most time: online review 15 min; includes 20 min of expected"
                + " review work.");
        assertThat(text("budget-uncounted")).startsWith("Uncounted work is time a traditional caseload target");
        assertThat(cell(0, "state")).isEqualTo("Proposed");
        assertThat(cell(0, "source")).isEqualTo("Auto");
        assertThat(cell(0, "patient")).isEqualTo("M. Minutes");
        assertThat(text("ledger-total")).endsWith("1 entry, 30 min counted; 1 captured to confirm or correct.");

        long id = test(grid()).getRow(0).id();
        action(0, "ledger-confirm-" + id).click();
        assertThat(outcome()).isEqualTo("Confirmed 30 min.");
        assertThat(cell(0, "state")).isEqualTo("Confirmed");
        assertThat(text("ledger-total")).endsWith("1 entry, 30 min counted.");

        // refused: a face-to-face session names a patient; the message sits on the field, nothing is stored
        int before = entries(pwp);
        test(find(Button.class).withId("ledger-add").single()).click();
        EntryDialog dialog = find(EntryDialog.class).single();
        dialog.kind.setValue(TimeKind.FACE_TO_FACE);
        dialog.minutes.setValue(45);
        test(dialog.save).click();
        assertThat(dialog.patient.isInvalid()).isTrue();
        assertThat(dialog.patient.getErrorMessage()).isEqualTo("Choose the patient this face-to-face session was for.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(entries(pwp)).isEqualTo(before);
        assertThat(dialog.patient.getListDataView().getItems().map(p -> p.displayName()).toList())
                .as("own patients only").containsExactly("M. Minutes");

        dialog.kind.setValue(TimeKind.ADMIN);
        assertThat(dialog.patient.isEnabled()).as("admin names no patient").isFalse();
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(entries(pwp)).isEqualTo(before + 1);
        assertThat(outcome()).isEqualTo("Added 45 min of admin on " + TimeText.day(TODAY) + ".");
        assertThat(summary()).startsWith("Over budget: this week (" + TimeText.shortDay(MONDAY) + ").\nThis week (from "
                + TimeText.day(MONDAY) + "): 1 h 15 of 1 h 00 planned (125%);").contains("over budget by 15 min.");
        assertThat(IntStream.range(0, test(grid()).size()).mapToObj(i -> cell(i, "source")).toList())
                .contains("Manual");
    }

    @Test
    @WithUserDetails(PWP_2)
    void correctingNeedsAReasonDeletingAsksFirstAndAConflictIsSaid() {
        navigate(MyTimeView.class);
        TimeEntry first = test(grid()).getRow(0);
        assertThat(summary()).contains("This week (from " + TimeText.day(MONDAY) + "): 1 h 00 of 22 h 30 planned (4%)");

        action(0, "ledger-correct-" + first.id()).click();
        ReasonDialog correcting = find(ReasonDialog.class).single();
        correcting.minutes.setValue(50);
        test(correcting.save).click();
        assertThat(correcting.reason.isInvalid()).isTrue();
        assertThat(correcting.reason.getErrorMessage()).isEqualTo("Say why the minutes differ from what was captured.");
        assertThat(correcting.isOpened()).isTrue();
        correcting.reason.setValue("ran over");
        test(correcting.save).click();
        assertThat(outcome()).isEqualTo("Corrected to 50 min.");
        assertThat(cell(0, "state")).isEqualTo("Corrected · ran over");
        assertThat(cell(0, "minutes")).isEqualTo("50 min (captured 30 min)");
        assertThat(summary()).contains("1 h 20 of 22 h 30 planned (6%)");

        // another tab confirms the second entry first: this page's button still holds the old version
        TimeEntry second = test(grid()).getRow(1);
        ledger.confirm(second.id(), second.version());
        action(1, "ledger-confirm-" + second.id()).click();
        assertThat(outcome()).contains("changed since you opened it").contains("nothing was changed");
        assertThat(cell(1, "state")).as("reloaded").isEqualTo("Confirmed");

        TimeEntry manual = ledger.add(new NewTimeEntry(TODAY, 20, TimeKind.SUPERVISION, null, "group"));
        MyTimeView view = (MyTimeView) getCurrentView();
        view.week.setValue(MONDAY.minusWeeks(1));
        assertThat(find(Paragraph.class).withId("ledger-empty").single().isVisible()).isTrue();
        view.week.setValue(MONDAY);
        int row = IntStream.range(0, test(grid()).size()).filter(i -> test(grid()).getRow(i).id() == manual.id())
                .findFirst().orElseThrow();
        action(row, "ledger-delete-" + manual.id()).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Delete this entry?");
        assertThat(entries(pwp2)).as("nothing deleted before confirming").isEqualTo(3);
        test(confirm).confirm();
        assertThat(entries(pwp2)).isEqualTo(2);
        assertThat(outcome()).isEqualTo("Deleted 20 min of supervision.");
        assertThat(ledger.myWeek(TODAY)).extracting(TimeEntry::state).containsOnly(EntryState.CORRECTED,
                EntryState.CONFIRMED);
    }

    @Test
    @WithUserDetails(Fixtures.MANAGER)
    void aManagerCannotOpenIt() {
        navigate("time", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MyTimeView.class);
    }

    @Test
    @WithUserDetails(Fixtures.NAVIGATOR)
    void aNavigatorCannotOpenIt() {
        navigate("time", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(MyTimeView.class);
    }

    private String summary() {
        return find(Paragraph.class).withId("budget-summary").single().getText();
    }

    private String outcome() {
        return find(Span.class).withId("ledger-outcome").single().getText();
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }

    @SuppressWarnings("unchecked")
    private Grid<TimeEntry> grid() {
        return find(Grid.class).withId("ledger-grid").single();
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }

    private Button action(int row, String id) {
        List<Button> buttons = test(grid()).getCellComponent(row, "actions").getChildren()
                .filter(c -> c.getId().orElse("").equals(id)).map(Button.class::cast).toList();
        assertThat(buttons).as(id).hasSize(1);
        return buttons.getFirst();
    }

    private int entries(long staff) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE pwp_id = ?", Integer.class, staff);
    }
}
