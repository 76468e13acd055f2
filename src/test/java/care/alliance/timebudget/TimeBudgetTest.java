package care.alliance.timebudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;
import care.alliance.timebudget.TimeBudget.AppointmentLoad;
import care.alliance.timebudget.TimeBudget.EntryLoad;

/** The budget arithmetic and the service week, pure. */
class TimeBudgetTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ServiceWeek WEEK = ServiceWeek.containing(LocalDate.of(2026, 11, 23), LONDON);
    static final Capacity CAPACITY = new Capacity(600, 20, 25);

    @Test
    @DisplayName("H07 the clock-change weeks of 2026 have 167 and 169 hours and end at local midnight")
    void H07_clockChangeWeeks() {
        ServiceWeek march = ServiceWeek.containing(LocalDate.of(2026, 3, 29), LONDON);
        ServiceWeek october = ServiceWeek.containing(LocalDate.of(2026, 10, 25), LONDON);

        assertThat(march.monday()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(march.hours()).isEqualTo(167);
        assertThat(march.end()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(october.hours()).isEqualTo(169);
        assertThat(october.end()).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(WEEK.hours()).isEqualTo(168);
        // Sunday 23:30 BST is in the week, Monday 00:30 BST the next
        assertThat(march.contains(Instant.parse("2026-03-29T22:30:00Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-03-29T23:30:00Z"))).isFalse();
        assertThat(ServiceWeek.containing(Instant.parse("2026-03-29T23:30:00Z"), LONDON).monday())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        // Sunday 23:30 GMT after the change back, and Monday 00:30 GMT
        assertThat(october.contains(Instant.parse("2026-10-25T23:30:00Z"))).isTrue();
        assertThat(october.contains(Instant.parse("2026-10-26T00:30:00Z"))).isFalse();
        assertThatThrownBy(() -> new ServiceWeek(LocalDate.of(2026, 3, 29), LONDON))
                .hasMessageContaining("starts on a Monday");
    }

    @Test
    void defaultsAreTwentyContactsFifteenMinutesPerReviewFivePerDigest() {
        assertThat(BudgetSettings.DEFAULTS.reviewMinutes()).isEqualTo(15);
        assertThat(BudgetSettings.DEFAULTS.digestMinutes()).isEqualTo(5);
        assertThat(BudgetSettings.DEFAULTS.defaultCapacity().contactTarget()).isEqualTo(20);
    }

    @Test
    void bookedSessionsCountTheirMinutesOnlineReviewsTheServiceEstimateAndEachDigestItsMinutes() {
        BudgetWeek week = week(List.of(
                booked(AppointmentKind.FACE_TO_FACE, 4, 120), booked(AppointmentKind.ASSESSMENT, 1, 45),
                booked(AppointmentKind.ONLINE_REVIEW, 3, 90)), List.of());

        assertThat(week.minutes(TimeKind.FACE_TO_FACE)).isEqualTo(165);
        assertThat(week.minutes(TimeKind.ONLINE_REVIEW)).isEqualTo(3 * 15);
        assertThat(week.minutes(TimeKind.DIGEST_REVIEW)).isEqualTo(8 * 5);
        assertThat(week.estimatedMinutes()).isEqualTo(45 + 40);
        assertThat(week.contacts()).isEqualTo(5);
        assertThat(week.loadMinutes()).isEqualTo(165 + 45 + 40);
        assertThat(week.uncountedMinutes()).isEqualTo(85);
        assertThat(week.drivers()).containsExactly(TimeKind.FACE_TO_FACE, TimeKind.ONLINE_REVIEW,
                TimeKind.DIGEST_REVIEW);
    }

    @Test
    void attendedAppointmentsCountWhatTheLedgerSaysAndNoDigest() {
        // five attended appointments: a 30-min session corrected to 50, a 30-min review rejected, two 30-min
        // reviews proposed, and a 30-min session not captured yet (counts its booking)
        BudgetWeek week = week(List.of(
                new AppointmentLoad(AppointmentKind.FACE_TO_FACE, AppointmentStatus.ATTENDED, 2, 60),
                new AppointmentLoad(AppointmentKind.ONLINE_REVIEW, AppointmentStatus.ATTENDED, 3, 90)),
                List.of(new EntryLoad(TimeKind.FACE_TO_FACE, EntryState.CORRECTED, true, 50, 30),
                        new EntryLoad(TimeKind.ONLINE_REVIEW, EntryState.REJECTED, true, 30, 30),
                        new EntryLoad(TimeKind.ONLINE_REVIEW, EntryState.PROPOSED, true, 60, 60)));

        assertThat(week.minutes(TimeKind.FACE_TO_FACE)).isEqualTo(50 + 30);
        assertThat(week.minutes(TimeKind.ONLINE_REVIEW)).isEqualTo(60);
        assertThat(week.minutes(TimeKind.DIGEST_REVIEW)).isZero();
        assertThat(week.contacts()).isEqualTo(2);
        assertThat(week.estimatedMinutes()).isZero();
    }

    @Test
    void anEntryWhoseAppointmentIsNoLongerAttendedCountsOnItsOwnAndARejectedOneLeavesNoTrace() {
        BudgetWeek week = week(List.of(), List.of(
                new EntryLoad(TimeKind.FACE_TO_FACE, EntryState.CONFIRMED, false, 45, 30),
                new EntryLoad(TimeKind.DIGEST_REVIEW, EntryState.REJECTED, false, 7, 7)));

        assertThat(week.minutes(TimeKind.FACE_TO_FACE)).isEqualTo(45);
        assertThat(week.byKind()).containsOnlyKeys(TimeKind.FACE_TO_FACE);
    }

    @Test
    void otherEntriesAddUpAndOverBudgetMeansLoadAboveClinicalMinutes() {
        BudgetWeek within = week(List.of(booked(AppointmentKind.FACE_TO_FACE, 10, 300)),
                List.of(EntryLoad.manual(TimeKind.PROGRAMME_LEARNING, 60), EntryLoad.manual(TimeKind.SUPERVISION, 60),
                        EntryLoad.manual(TimeKind.MESSAGE_WRITING, 130)));
        assertThat(within.loadMinutes()).isEqualTo(300 + 50 + 60 + 60 + 130);
        assertThat(within.overBudget()).isFalse();
        assertThat(within.blendedMinutes()).isEqualTo(50 + 130);
        assertThat(within.overBlendedReserve()).isTrue(); // 25% of 600 = 150
        assertThat(within.uncountedMinutes()).isEqualTo(50 + 60 + 130);

        BudgetWeek over = week(List.of(booked(AppointmentKind.FACE_TO_FACE, 10, 300)),
                List.of(EntryLoad.manual(TimeKind.ADMIN, 251)));
        assertThat(over.loadMinutes()).isEqualTo(601);
        assertThat(over.overBudget()).isTrue();
    }

    @Test
    void capacityAndSettingsRefuseNonsense() {
        assertThatThrownBy(() -> new Capacity(-1, 20, 20)).hasMessageContaining("between 0 and 60 hours");
        assertThatThrownBy(() -> new Capacity(600, 61, 20)).hasMessageContaining("contact target");
        assertThatThrownBy(() -> new Capacity(600, 20, 101)).hasMessageContaining("blended share");
        assertThatThrownBy(() -> new BudgetSettings(0, 5, CAPACITY)).hasMessageContaining("online review");
        assertThat(new Capacity(1350, 20, 20).blendedReserveMinutes()).isEqualTo(270);
    }

    static AppointmentLoad booked(AppointmentKind kind, int count, int minutes) {
        return new AppointmentLoad(kind, AppointmentStatus.BOOKED, count, minutes);
    }

    static BudgetWeek week(List<AppointmentLoad> appointments, List<EntryLoad> entries) {
        return TimeBudget.week(1, WEEK, CAPACITY, BudgetSettings.DEFAULTS, appointments, entries);
    }
}
