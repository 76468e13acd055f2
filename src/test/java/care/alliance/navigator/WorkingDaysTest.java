package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The queue's service level in working days, Monday to Friday in Europe/London (H07). */
class WorkingDaysTest {

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Instant deadline(String opened) {
        return WorkingDays.deadline(at(opened), 2, WorkingDays.ZONE);
    }

    @Test
    void twoWorkingDaysFromFridaySkipTheWeekend() {
        assertThat(deadline("2026-11-20T10:00:00Z")).isEqualTo(at("2026-11-24T10:00:00Z"));
        assertThat(deadline("2026-11-19T16:45:00Z")).as("Thursday → Monday").isEqualTo(at("2026-11-23T16:45:00Z"));
        assertThat(deadline("2026-11-23T09:00:00Z")).as("Monday → Wednesday").isEqualTo(at("2026-11-25T09:00:00Z"));
    }

    @Test
    void anIssueOpenedAtTheWeekendStartsItsClockOnMondayMorning() {
        assertThat(deadline("2026-11-21T15:00:00Z")).as("Saturday").isEqualTo(at("2026-11-25T00:00:00Z"));
        assertThat(deadline("2026-11-22T23:59:00Z")).as("Sunday night").isEqualTo(at("2026-11-25T00:00:00Z"));
        assertThat(WorkingDays.elapsed(at("2026-11-21T15:00:00Z"), at("2026-11-23T23:59:00Z"), WorkingDays.ZONE))
                .as("nothing counts over the weekend").isZero();
    }

    @Test
    void overdueOnlyAfterTheDeadline() {
        Instant opened = at("2026-11-20T10:00:00Z");
        assertThat(WorkingDays.overdue(opened, at("2026-11-24T10:00:00Z"), 2, WorkingDays.ZONE)).isFalse();
        assertThat(WorkingDays.overdue(opened, at("2026-11-24T10:00:01Z"), 2, WorkingDays.ZONE)).isTrue();
        assertThat(WorkingDays.overdue(opened, at("2026-11-23T18:00:00Z"), 2, WorkingDays.ZONE))
                .as("three calendar days but one working day").isFalse();
        assertThat(WorkingDays.elapsed(opened, at("2026-11-23T10:00:00Z"), WorkingDays.ZONE)).isOne();
        assertThat(WorkingDays.elapsed(opened, at("2026-11-27T10:00:00Z"), WorkingDays.ZONE)).isEqualTo(5);
    }

    @Test
    @DisplayName("H07_ spring clock change: Friday 10:00 GMT is due Tuesday 10:00 BST, an hour earlier in UTC")
    void H07_springForward() {
        Instant opened = at("2026-03-27T10:00:00Z");
        assertThat(WorkingDays.deadline(opened, 2, WorkingDays.ZONE)).isEqualTo(at("2026-03-31T09:00:00Z"));
        assertThat(WorkingDays.overdue(opened, at("2026-03-31T09:30:00Z"), 2, WorkingDays.ZONE)).isTrue();
    }

    @Test
    @DisplayName("H07_ autumn clock change: Friday 10:00 BST is due Tuesday 10:00 GMT, an hour later in UTC")
    void H07_autumnBack() {
        Instant opened = at("2026-10-23T09:00:00Z");
        assertThat(WorkingDays.deadline(opened, 2, WorkingDays.ZONE)).isEqualTo(at("2026-10-27T10:00:00Z"));
        assertThat(WorkingDays.overdue(opened, at("2026-10-27T09:30:00Z"), 2, WorkingDays.ZONE)).isFalse();
        assertThat(WorkingDays.elapsed(opened, at("2026-10-27T09:59:59Z"), WorkingDays.ZONE)).isOne();
    }

    @Test
    void severityPutsBlockingProblemsFirst() {
        assertThat(IssueSeverity.of(TechnicalIssueCategory.LOGIN)).isEqualTo(IssueSeverity.HIGH);
        assertThat(IssueSeverity.of(TechnicalIssueCategory.NOTIFICATIONS_MISSING)).isEqualTo(IssueSeverity.HIGH);
        assertThat(IssueSeverity.of(TechnicalIssueCategory.SYNC)).isEqualTo(IssueSeverity.MEDIUM);
        assertThat(IssueSeverity.of(TechnicalIssueCategory.OTHER)).isEqualTo(IssueSeverity.LOW);
    }
}
