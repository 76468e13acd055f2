package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.caseload.CaseloadData;
import care.alliance.programme.NotificationKind;

/** The versioned reminder schedule on MariaDB: versions, the concurrent save, every rule, the access split. */
@AllianceTest
class ReminderSchedulesTest {

    static final String NAV = "t.nav.rs";
    static final String NAV_2 = "t.nav.rs2";
    static final String NAV_SOUTH = "t.nav.rss";
    static final String PWP = "t.pwp.rs";
    static final String PWP_OTHER = "t.pwp.rso";
    static final String MANAGER = "t.mgr.rs";
    static final AtomicInteger PATIENTS = new AtomicInteger();
    static long service;
    static long pwp;

    @Autowired
    ReminderSchedules schedules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        service = data.service("t-reminders");
        data.staff(NAV, "Nell Remind", "NAVIGATOR", service);
        data.staff(NAV_2, "Noor Remind", "NAVIGATOR", service);
        pwp = data.staff(PWP, "Paz Remind", "PWP", service);
        data.staff(PWP_OTHER, "Pim Remind", "PWP", service);
        data.staff(MANAGER, "Max Remind", "MANAGER", service);
        data.staff(NAV_SOUTH, "Nat South", "NAVIGATOR", data.service("t-reminders-south"));
    }

    static ScheduleDraft daily(String reason, Reminder... reminders) {
        return new ScheduleDraft(List.of(reminders), EnumSet.allOf(DayOfWeek.class), null, false, null, null, reason);
    }

    static Reminder mood(String time) {
        return new Reminder(NotificationKind.MOOD_REMINDER, LocalTime.parse(time));
    }

    static Reminder activity(String time) {
        return new Reminder(NotificationKind.ACTIVITY_REMINDER, LocalTime.parse(time));
    }

    @Test
    void aPatientWithoutAScheduleIsNotAgreedYetAtVersionZero() {
        long patient = patient();
        ReminderSchedule current = as(NAV, () -> schedules.current(patient));
        assertThat(current.version()).isZero();
        assertThat(current.agreed()).isFalse();
        assertThat(current.reminders()).isEmpty();
        assertThat(current.describe()).isEqualTo("Not agreed yet");
        assertThat(as(NAV, () -> schedules.history(patient))).isEmpty();
        assertThat(audited(patient, "REMINDER_SCHEDULE_READ", "ALLOWED")).isOne();
    }

    @Test
    void eachChangeIsANewVersionAndTheOldOnesStayAsTheyWere() {
        long patient = patient();
        ReminderSchedule first = as(NAV, () -> schedules.change(patient, 0,
                daily("Agreed at onboarding", mood("19:00"), activity("10:00"))));
        ScheduleDraft weekdays = new ScheduleDraft(List.of(mood("20:00")), EnumSet.range(DayOfWeek.MONDAY,
                DayOfWeek.FRIDAY), new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)), false, null, null,
                "  Patient asked for later prompts  ");
        ReminderSchedule second = as(NAV_2, () -> schedules.change(patient, 1, weekdays));

        assertThat(first.version()).isOne();
        assertThat(first.reminders()).extracting(Reminder::label).containsExactly("Activity reminder at 10:00",
                "Mood reminder at 19:00");
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.changedBy()).isEqualTo("Noor Remind");
        assertThat(second.changeNote()).isEqualTo("Patient asked for later prompts");
        assertThat(second.describe()).isEqualTo("Mood reminder at 20:00; Mon, Tue, Wed, Thu, Fri; quiet 22:00–07:00");
        List<ReminderSchedule> history = as(PWP, () -> schedules.history(patient));
        assertThat(history).extracting(ReminderSchedule::version).containsExactly(2, 1);
        assertThat(history.get(1).reminders()).hasSize(2);
        assertThat(history.get(1).days()).hasSize(7);
        assertThat(as(MANAGER, () -> schedules.current(patient)).version()).isEqualTo(2);
        assertThat(audited(patient, "REMINDER_SCHEDULE_CHANGE", "ALLOWED")).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("UPDATE reminder_schedule SET reason = 'x' WHERE patient_id = ?", patient))
                .hasMessageContaining("immutable");
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefusedNamingWhoChangedItMeanwhile() {
        long patient = patient();
        as(NAV, () -> schedules.change(patient, 0, daily("Agreed at onboarding", mood("19:00"))));

        assertThatThrownBy(() -> as(NAV_2, () -> schedules.change(patient, 0, daily("My version", mood("18:00")))))
                .isInstanceOf(ScheduleConflictException.class)
                .hasMessageStartingWith("The schedule was changed by Nell Remind on ")
                .hasMessageContaining("reload");
        assertThat(as(NAV, () -> schedules.current(patient)).reminders()).containsExactly(mood("19:00"));
    }

    @Test
    void twoConcurrentSavesOfTheSameVersionOneWinsTheOtherIsToldToReload() throws Exception {
        long patient = patient();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String nav : List.of(NAV, NAV_2)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        as(nav, () -> schedules.change(patient, 0, daily("Agreed by " + nav, mood("19:00"))));
                        return "saved";
                    } catch (ScheduleConflictException conflict) {
                        return conflict.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("saved");
            assertThat(outcomes).anyMatch(message -> message.contains("reload"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder_schedule WHERE patient_id = ?", Integer.class,
                patient)).isOne();
    }

    @Test
    void everyRuleIsCheckedWithAClearMessageAndNothingIsSaved() {
        long patient = patient();
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));
        LocalDate yesterday = LocalDate.now().minusDays(1);

        assertThat(problem(patient, daily("Reason ok"))).isEqualTo("Add at least one reminder, or pause reminders.");
        assertThat(problem(patient, daily("Reason ok", mood("08:00"), mood("09:00"), mood("10:00"), mood("11:00"),
                activity("12:00"), activity("13:00"), activity("14:00"))))
                .isEqualTo("At most 6 reminders a day; this schedule has 7.");
        assertThat(problem(patient, daily("Reason ok", mood("19:00"), mood("19:00"))))
                .isEqualTo("Mood reminder at 19:00 is listed twice.");
        assertThat(problem(patient, daily("Reason ok", mood("19:00"), activity("19:00")))).as("same time, other kind")
                .isNull();
        assertThat(problem(patient, new ScheduleDraft(List.of(mood("23:30"), activity("06:59"), mood("07:00")),
                EnumSet.allOf(DayOfWeek.class), night, false, null, null, "Reason ok")))
                .isEqualTo("Mood reminder at 23:30 is inside the quiet hours 22:00–07:00. "
                        + "Activity reminder at 06:59 is inside the quiet hours 22:00–07:00.");
        assertThat(problem(patient, new ScheduleDraft(List.of(mood("12:00")), EnumSet.allOf(DayOfWeek.class),
                new QuietHours(LocalTime.NOON, LocalTime.NOON), false, null, null, "Reason ok")))
                .isEqualTo("Quiet hours must start and end at different times.");
        assertThat(problem(patient, new ScheduleDraft(List.of(mood("12:00")), Set.of(), null, false, null, null,
                "Reason ok"))).isEqualTo("Choose at least one day for the reminders.");
        assertThat(problem(patient, new ScheduleDraft(List.of(), Set.of(), null, true, yesterday, "On holiday",
                "Reason ok"))).isEqualTo("\"Paused until\" " + yesterday + " is in the past.");
        assertThat(problem(patient, new ScheduleDraft(List.of(), Set.of(), null, true, null, " ", "Reason ok")))
                .isEqualTo("The reason for the pause is required (at least 3 characters).");
        assertThat(problem(patient, new ScheduleDraft(List.of(mood("12:00")), EnumSet.allOf(DayOfWeek.class), null,
                false, LocalDate.now().plusDays(3), null, "Reason ok"))).isEqualTo("\"Paused until\" needs reminders paused.");
        assertThat(problem(patient, daily("ab", mood("19:00"))))
                .isEqualTo("The reason for the change is required (at least 3 characters).");
        assertThat(problem(patient, daily("x".repeat(501), mood("19:00"))))
                .isEqualTo("The reason for the change is too long: at most 500 characters.");
        assertThat(problem(patient, daily("Reason ok", new Reminder(NotificationKind.MESSAGE_ALERT, LocalTime.NOON))))
                .isEqualTo("Message alerts follow messages and cannot be scheduled.");

        ScheduleInvalid both = (ScheduleInvalid) catchInvalid(patient, daily("", mood("23:00")).withQuiet(night));
        assertThat(both.messageFor("reason")).startsWith("The reason for the change");
        assertThat(both.messageFor("reminders")).contains("23:00");
        assertThat(as(NAV, () -> schedules.current(patient)).version()).as("valid drafts above saved version 1 only")
                .isOne();
    }

    @Test
    void aPausedScheduleNeedsNoRemindersAndSaysUntilWhen() {
        long patient = patient();
        LocalDate until = LocalDate.now().plusDays(7);
        ReminderSchedule paused = as(NAV, () -> schedules.change(patient, 0, new ScheduleDraft(List.of(mood("19:00")),
                EnumSet.allOf(DayOfWeek.class), null, true, until, "In hospital", "Patient unwell")));
        assertThat(paused.describe()).endsWith("PAUSED until " + until.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " " + until.getDayOfMonth() + " "
                + until.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK) + " (In hospital)");
        assertThat(paused.expectedOn(until.minusDays(1))).isZero();
        assertThat(paused.expectedOn(until)).as("reminders resume on the until day").isOne();
    }

    @Test
    void otherServicesOtherPwpsAndPwpsChangingAreRefusedAndAudited() {
        long patient = patient();
        as(NAV, () -> schedules.change(patient, 0, daily("Agreed at onboarding", mood("19:00"))));

        assertThatThrownBy(() -> as(NAV_SOUTH, () -> schedules.current(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> schedules.change(patient, 1, daily("Mine", mood("18:00")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP_OTHER, () -> schedules.history(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> schedules.change(patient, 1, daily("Mine", mood("18:00")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MANAGER, () -> schedules.change(patient, 1, daily("Mine", mood("18:00")))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND outcome = 'DENIED'"
                + " AND action LIKE 'REMINDER_SCHEDULE_%' AND username IN (?, ?)", Integer.class, patient, NAV_SOUTH,
                PWP_OTHER)).isEqualTo(3);
        assertThat(as(PWP, () -> schedules.current(patient)).version()).isOne();
    }

    private String problem(long patient, ScheduleDraft draft) {
        IllegalArgumentException refused = catchInvalid(patient, draft);
        return refused == null ? null : refused.getMessage();
    }

    private IllegalArgumentException catchInvalid(long patient, ScheduleDraft draft) {
        int version = as(NAV, () -> schedules.current(patient)).version();
        try {
            as(NAV, () -> schedules.change(patient, version, draft));
            return null;
        } catch (ScheduleInvalid invalid) {
            return invalid;
        }
    }

    private long patient() {
        int n = PATIENTS.incrementAndGet();
        return new CaseloadData(jdbc).patientOf(new CaseloadData(jdbc).patient("rs-" + n, "R. Remind " + n, service,
                pwp, null, null));
    }

    private int audited(long patient, String action, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = ?"
                + " AND outcome = ?", Integer.class, patient, action, outcome);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
