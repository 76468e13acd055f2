package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import care.alliance.navigator.internal.NotificationEvents.Event;
import care.alliance.programme.NotificationKind;
import care.alliance.programme.NotificationStatus;

/** The day in progress: a reminder not due yet is not expected, so the morning never reads as silent. */
class HealthCountTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final ReminderSchedule TWICE_A_DAY = new ReminderSchedule(1, 1,
            List.of(new Reminder(NotificationKind.MOOD_REMINDER, LocalTime.of(9, 0)),
                    new Reminder(NotificationKind.MOOD_REMINDER, LocalTime.of(19, 0))),
            EnumSet.allOf(DayOfWeek.class), null, false, null, null, "nav", Instant.parse("2026-11-01T10:00:00Z"),
            "agreed", LONDON);

    @Test
    void todayExpectsOnlyTheRemindersDueSoFarAndIsNotSilentBeforeTheFirst() {
        NotificationHealthDay early = today(Instant.parse("2026-11-24T02:00:00Z"));
        assertThat(early.expected()).isZero();
        assertThat(early.silent()).isFalse();

        NotificationHealthDay noon = today(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(noon.expected()).isOne();
        assertThat(noon.silent()).as("the 09:00 reminder is three hours late").isTrue();

        assertThat(today(Instant.parse("2026-11-24T19:00:00Z")).expected()).as("due at 19:00 exactly").isEqualTo(2);
    }

    @Test
    void earlierDaysExpectTheirWholeScheduleAndFutureDaysNothing() {
        List<NotificationHealthDay> days = HealthCount.days(List.of(TWICE_A_DAY), List.of(
                new Event(Instant.parse("2026-11-23T09:00:05Z"), "n-1", NotificationKind.MOOD_REMINDER,
                        NotificationStatus.DELIVERED)), LONDON, TODAY.minusDays(1), 3, Instant.parse("2026-11-24T08:00:00Z"));

        assertThat(days).extracting(NotificationHealthDay::expected).containsExactly(2, 0, 0);
        assertThat(days.getFirst().delivered()).isOne();
        assertThat(days).noneMatch(NotificationHealthDay::silent);
    }

    private static NotificationHealthDay today(Instant now) {
        return HealthCount.days(List.of(TWICE_A_DAY), List.of(), LONDON, TODAY, 1, now).getFirst();
    }
}
