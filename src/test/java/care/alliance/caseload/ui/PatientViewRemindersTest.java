package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.caseload.CaseloadData;
import care.alliance.navigator.QuietHours;
import care.alliance.navigator.Reminder;
import care.alliance.navigator.ReminderSchedule;
import care.alliance.navigator.ReminderSchedules;
import care.alliance.navigator.ScheduleDraft;
import care.alliance.programme.NotificationKind;
import care.alliance.shared.ui.DisplayTime;
import care.alliance.shared.ui.PatientDataSignals;

/** The PWP's patient page shows the reminder schedule the navigator agreed, read-only, or says there is none. */
@AllianceTest
@WithUserDetails(PatientViewRemindersTest.PWP)
class PatientViewRemindersTest extends SpringBrowserlessTest {

    static final String PWP = "t.pwp.pvr";
    static final String NAV = "t.nav.pvr";
    static long agreed;
    static long changed;
    static long none;
    static long later;
    static ReminderSchedule first;
    static ReminderSchedule second;

    @Autowired
    ApplicationContext context;
    @Autowired
    ReminderSchedules schedules;
    @Autowired
    PatientDataSignals signals;

    @BeforeAll
    static void patients(@Autowired JdbcTemplate jdbc, @Autowired ApplicationContext context,
            @Autowired ReminderSchedules schedules) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-patient-reminders");
        data.staff(NAV, "Nina Remind", "NAVIGATOR", service);
        long pwp = data.staff(PWP, "Pip Remind", "PWP", service);
        agreed = data.patientOf(data.patient("pvr-1", "R. Agreed", service, pwp, null, null));
        changed = data.patientOf(data.patient("pvr-2", "R. Changed", service, pwp, null, null));
        none = data.patientOf(data.patient("pvr-3", "R. None", service, pwp, null, null));
        later = data.patientOf(data.patient("pvr-4", "R. Later", service, pwp, null, null));
        SignedIn navigator = new SignedIn(context);
        first = navigator.as(NAV, () -> schedules.change(agreed, 0, new ScheduleDraft(
                List.of(reminder(NotificationKind.MOOD_REMINDER, 19)), EnumSet.allOf(DayOfWeek.class),
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), false, null, null, "Agreed at onboarding")));
        navigator.as(NAV, () -> schedules.change(changed, 0, new ScheduleDraft(
                List.of(reminder(NotificationKind.MOOD_REMINDER, 19)), EnumSet.allOf(DayOfWeek.class), null, false,
                null, null, "Agreed at onboarding")));
        second = navigator.as(NAV, () -> schedules.change(changed, 1, new ScheduleDraft(
                List.of(reminder(NotificationKind.ACTIVITY_REMINDER, 9), reminder(NotificationKind.MOOD_REMINDER, 20)),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), null, false, null, null,
                "Works late on Tuesdays and Thursdays")));
    }

    @Test
    void theFirstVersionIsShownInWordsAsAgreedByTheNavigator() {
        open(agreed);
        assertThat(text()).isEqualTo("Version 1: Mood reminder at 19:00; every day; quiet 22:00–07:00 (times in "
                + first.zone().getId() + "; agreed by Nina Remind on " + DisplayTime.dateTime(first.changedAt()) + ")");
    }

    @Test
    void aLaterVersionIsShownAsChangedWithItsRemindersAndDays() {
        open(changed);
        assertThat(text()).isEqualTo("Version 2: Activity reminder at 09:00, Mood reminder at 20:00; Mon, Wed, Fri"
                + " (times in " + second.zone().getId() + "; changed by Nina Remind on "
                + DisplayTime.dateTime(second.changedAt()) + ")");
    }

    @Test
    void withoutAnAgreedScheduleThePageSaysTheNavigatorAgreesIt() {
        open(none);
        assertThat(text()).isEqualTo("No reminder schedule agreed yet: the digital navigator agrees it with the patient.");
    }

    @Test
    void aNavigatorsNewVersionSignalsThePatientsOpenPages() {
        AtomicInteger heard = new AtomicInteger();
        Registration registration = signals.onChange(later, heard::incrementAndGet);
        SecurityContextHolderStrategy contexts = context.getBean(SecurityContextHolderStrategy.class);
        var pwp = contexts.getContext();
        try {
            new SignedIn(context).as(NAV, () -> schedules.change(later, 0, new ScheduleDraft(
                    List.of(reminder(NotificationKind.MOOD_REMINDER, 18)), EnumSet.allOf(DayOfWeek.class), null,
                    false, null, null, "Agreed by phone")));
        } finally {
            contexts.setContext(pwp); // SignedIn clears the context; the page's PWP stays signed in
            registration.remove();
        }
        assertThat(heard).as("one refresh, after the commit").hasValue(1);
        open(later);
        assertThat(text()).startsWith("Version 1: Mood reminder at 18:00; every day");
    }

    private void open(long patient) {
        navigate("patients/" + patient, PatientView.class);
    }

    private String text() {
        return find(Paragraph.class).withId("patient-reminders").single().getText();
    }

    private static Reminder reminder(NotificationKind kind, int hour) {
        return new Reminder(kind, LocalTime.of(hour, 0));
    }
}
