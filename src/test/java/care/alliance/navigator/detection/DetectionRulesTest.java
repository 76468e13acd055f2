package care.alliance.navigator.detection;

import static care.alliance.navigator.detection.DetectionScenario.london;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;

/** Every rule of clinical.md §5 at, just below and just above its default threshold (London days). */
@AllianceTest
class DetectionRulesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Detection detection;
    DetectionScenario s;

    @BeforeEach
    void scenario() {
        s = new DetectionScenario(jdbc);
    }

    @Test
    void noMoodRatingForThreeLondonDaysOpensSync() {
        long twoDays = s.activePatient();
        long threeDays = s.activePatient();
        long fourDays = s.activePatient();
        s.data.mood(twoDays, london(3, 12));
        s.data.mood(threeDays, london(4, 12));
        s.data.mood(fourDays, london(5, 12));

        detection.runFor(s.ids(twoDays, threeDays, fourDays));

        assertThat(s.open(twoDays, "SYNC")).isNull();
        assertThat(s.open(threeDays, "SYNC")).isEqualTo("No mood rating for 3 days (threshold 3)");
        assertThat(s.open(fourDays, "SYNC")).isEqualTo("No mood rating for 4 days (threshold 3)");
    }

    @Test
    void theMoodDayEndsAtLondonMidnight() {
        long lastSecondOfTheDay = s.activePatient();
        long firstSecondOfTheNext = s.activePatient();
        s.data.mood(lastSecondOfTheDay, london(4, 23, 59, 59));
        s.data.mood(firstSecondOfTheNext, london(3, 0, 0, 0));

        detection.runFor(s.ids(lastSecondOfTheDay, firstSecondOfTheNext));

        assertThat(s.open(lastSecondOfTheDay, "SYNC")).isEqualTo("No mood rating for 3 days (threshold 3)");
        assertThat(s.open(firstSecondOfTheNext, "SYNC")).isNull();
    }

    @Test
    void moodSilenceCountsOnlyWhileTheProgrammeIsActive() {
        long neverLoggedIn = s.newPatient();
        long discharged = s.activePatient();
        long notAssessed = s.activePatient();
        long neverRated = s.newPatient();
        s.data.mood(neverLoggedIn, london(10, 12));
        s.data.mood(discharged, london(10, 12));
        s.data.discharge(discharged, LocalDate.now(DetectionScenario.LONDON).minusDays(1));
        jdbc.update("UPDATE episode SET assessed_on = NULL, first_treatment_on = NULL WHERE id = ?", notAssessed);
        s.data.mood(notAssessed, london(10, 12));
        s.data.login(neverRated, london(6, 9), true);

        detection.runFor(s.ids(neverLoggedIn, discharged, notAssessed, neverRated));

        assertThat(s.issues(neverLoggedIn) + s.issues(discharged) + s.issues(notAssessed)).isZero();
        assertThat(s.open(neverRated, "SYNC")).isEqualTo("No mood rating in the 5 days since the first login (threshold 3)");
    }

    @Test
    void noLoginForSevenLondonDaysOpensLogin() {
        long sixDays = s.newPatient();
        long sevenDays = s.newPatient();
        long eightDays = s.newPatient();
        s.data.login(sixDays, london(7, 10), true);
        s.data.login(sevenDays, london(8, 10), true);
        s.data.login(eightDays, london(9, 10), true);
        s.data.login(eightDays, london(0, 0, 0, 1), false); // a failed attempt is not a login

        detection.runFor(s.ids(sixDays, sevenDays, eightDays));

        assertThat(s.open(sixDays, "LOGIN")).isNull();
        assertThat(s.open(sevenDays, "LOGIN")).isEqualTo("No login for 7 days (threshold 7)");
        assertThat(s.open(eightDays, "LOGIN")).isEqualTo("No login for 8 days (threshold 7)");
    }

    @Test
    void threeFailedLoginsInTwentyFourHoursOpenLogin() {
        long two = s.activePatient();
        long three = s.activePatient();
        long four = s.activePatient();
        Instant now = Instant.now();
        failures(two, now, 2);
        s.data.login(two, now.minusSeconds(24 * 3600 + 60), false); // just outside the window
        failures(three, now, 3);
        failures(four, now, 4);

        detection.runFor(s.ids(two, three, four));

        assertThat(s.open(two, "LOGIN")).isNull();
        assertThat(s.open(three, "LOGIN")).isEqualTo("3 failed logins in the last 24 hours (threshold 3)");
        assertThat(s.open(four, "LOGIN")).isEqualTo("4 failed logins in the last 24 hours (threshold 3)");
    }

    @Test
    void moreThanTwiceTheScheduledDeliveriesInADayOpensExcessive() {
        long twice = s.activePatient();
        long twicePlusOne = s.activePatient();
        schedule(twice, 3, 6);
        schedule(twicePlusOne, 3, 7);

        detection.runFor(s.ids(twice, twicePlusOne));

        assertThat(s.open(twice, "NOTIFICATIONS_EXCESSIVE")).isNull();
        assertThat(s.open(twicePlusOne, "NOTIFICATIONS_EXCESSIVE"))
                .isEqualTo("7 notifications delivered yesterday against 3 scheduled (more than 2× the schedule)");
    }

    @Test
    void twoDeliveriesOfOneKindWithinFiveMinutesOpenExcessive() {
        long fiveMinutes = s.activePatient();
        long fiveMinutesAndASecond = s.activePatient();
        long otherKinds = s.activePatient();
        s.data.notification(fiveMinutes, london(1, 10), "MOOD_REMINDER", "DELIVERED");
        s.data.notification(fiveMinutes, london(1, 10, 5, 0), "MOOD_REMINDER", "DELIVERED");
        s.data.notification(fiveMinutesAndASecond, london(1, 10), "MOOD_REMINDER", "DELIVERED");
        s.data.notification(fiveMinutesAndASecond, london(1, 10, 5, 1), "MOOD_REMINDER", "DELIVERED");
        s.data.notification(otherKinds, london(1, 10), "MOOD_REMINDER", "DELIVERED");
        s.data.notification(otherKinds, london(1, 10, 1, 0), "ACTIVITY_REMINDER", "DELIVERED");
        for (long episode : new long[] {fiveMinutes, fiveMinutesAndASecond, otherKinds}) {
            s.data.notification(episode, london(1, 9), "MOOD_REMINDER", "SCHEDULED");
            s.data.notification(episode, london(1, 9, 30, 0), "ACTIVITY_REMINDER", "SCHEDULED");
        }

        detection.runFor(s.ids(fiveMinutes, fiveMinutesAndASecond, otherKinds));

        assertThat(s.open(fiveMinutes, "NOTIFICATIONS_EXCESSIVE"))
                .isEqualTo("Mood reminder delivered twice 300 seconds apart (duplicates within 5 minutes)");
        assertThat(s.open(fiveMinutesAndASecond, "NOTIFICATIONS_EXCESSIVE")).isNull();
        assertThat(s.open(otherKinds, "NOTIFICATIONS_EXCESSIVE")).isNull();
    }

    @Test
    void scheduledNotificationsUndeliveredForTwoDaysOpenMissing() {
        long oneDay = s.activePatient();
        long twoDays = s.activePatient();
        long threeDays = s.activePatient();
        long deliveredSince = s.activePatient();
        s.data.notification(oneDay, london(1, 9), "MOOD_REMINDER", "SCHEDULED");
        for (int day = 2; day >= 0; day--) {
            s.data.notification(twoDays, london(day, 9), "MOOD_REMINDER", "SCHEDULED");
            s.data.notification(deliveredSince, london(day, 9), "MOOD_REMINDER", "SCHEDULED");
        }
        for (int day = 3; day >= 1; day--) {
            s.data.notification(threeDays, london(day, 9), "MOOD_REMINDER", "SCHEDULED");
        }
        s.data.notification(deliveredSince, london(1, 9, 0, 20), "MOOD_REMINDER", "DELIVERED");

        detection.runFor(s.ids(oneDay, twoDays, threeDays, deliveredSince));

        String since = LocalDate.now(DetectionScenario.LONDON).minusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK));
        assertThat(s.open(oneDay, "NOTIFICATIONS_MISSING")).isNull();
        assertThat(s.open(twoDays, "NOTIFICATIONS_MISSING"))
                .isEqualTo("3 notifications scheduled since " + since + " and none delivered (threshold 2 days)");
        assertThat(s.open(threeDays, "NOTIFICATIONS_MISSING")).startsWith("2 notifications scheduled since " + since);
        assertThat(s.open(deliveredSince, "NOTIFICATIONS_MISSING")).isNull();
    }

    @Test
    void aModuleWithoutProgressForFourteenDaysOpensContent() {
        long thirteen = s.activePatient();
        long fourteen = s.activePatient();
        long fifteen = s.activePatient();
        long finished = s.activePatient();
        s.data.module(thirteen, "BEHAVIOURAL_ACTIVATION", 40, london(14, 12));
        s.data.module(fourteen, "BEHAVIOURAL_ACTIVATION", 40, london(15, 12));
        s.data.module(fifteen, "PSYCHOEDUCATION", 20, london(30, 12));
        s.data.module(fifteen, "PSYCHOEDUCATION", 60, london(16, 12));
        s.data.module(fifteen, "BEHAVIOURAL_ACTIVATION", 10, london(15, 12));
        s.data.module(finished, "PSYCHOEDUCATION", 100, london(40, 12));

        detection.runFor(s.ids(thirteen, fourteen, fifteen, finished));

        assertThat(s.open(thirteen, "CONTENT")).isNull();
        assertThat(s.open(fourteen, "CONTENT")).isEqualTo("Module BEHAVIOURAL_ACTIVATION stuck at 40% for 14 days (threshold 14)");
        assertThat(s.open(fifteen, "CONTENT")).isEqualTo("Module PSYCHOEDUCATION stuck at 60% for 15 days (threshold 14)");
        assertThat(s.open(finished, "CONTENT")).isNull();
    }

    private void failures(long episode, Instant now, int count) {
        for (int i = 1; i <= count; i++) {
            s.data.login(episode, now.minusSeconds(i * 3600L), false);
        }
    }

    /** Yesterday in London: {@code scheduled} reminders and {@code delivered} deliveries 20 minutes apart. */
    private void schedule(long episode, int scheduled, int delivered) {
        for (int i = 0; i < scheduled; i++) {
            s.data.notification(episode, london(1, 8 + i), "ACTIVITY_REMINDER", "SCHEDULED");
        }
        for (int i = 0; i < delivered; i++) {
            s.data.notification(episode, london(1, 8, 0, 0).plusSeconds(i * 1200L), "ACTIVITY_REMINDER", "DELIVERED");
        }
    }
}
