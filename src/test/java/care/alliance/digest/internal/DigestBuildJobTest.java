package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.TimeZone;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.ingest.EventsApi;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.api.ApiCalls;

/** The build job as Quartz runs it, and the nightly plan's registration in the real (clustered) store. */
@AllianceTest
class DigestBuildJobTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestBuilds builds;
    @Autowired
    AppointmentRecords appointments;
    @Autowired
    DigestFailures failures;
    @Autowired
    DigestPlanSchedule planSchedule;
    @Autowired
    Scheduler scheduler;
    @Autowired
    DigestBuildPlanner planner;

    @Test
    void theJobBuildsThenStoresNothingWithoutNewDataAndNothingOnceTheAppointmentIsNoLongerBooked() {
        ApiCalls api = new ApiCalls(port, jdbc);
        String run = EventsApi.run();
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String patient = api.registerPatient("jb-" + run, now.minus(Duration.ofDays(30)).atZone(BuildPassTest.LONDON)
                .toLocalDate().toString());
        api.attended(run + "s1", patient, now.minus(Duration.ofDays(7)).toString(), "FACE_TO_FACE");
        String external = run + "next";
        assertThat(api.post("/api/v1/appointments", """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": 30, "kind": "FACE_TO_FACE"}"""
                .formatted(external, patient, now.plus(Duration.ofDays(1)))).status()).isEqualTo(201);
        long appointment = jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class,
                external);
        DigestBuildJob job = new DigestBuildJob(builds, appointments, failures);

        assertThat(job.run(appointment, BuildPass.EVENING)).endsWith("built version 1");
        assertThat(job.run(appointment, BuildPass.PREBUILD)).as("the 2-hour pass with no new data")
                .contains("nothing stored");
        assertThat(api.post("/api/v1/appointments/" + external + "/outcome", "{\"status\": \"CANCELLED\"}").status())
                .isEqualTo(200);
        assertThat(job.run(appointment, BuildPass.PREBUILD)).contains("no longer booked");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest WHERE appointment_id = ?", Integer.class,
                appointment)).isEqualTo(1);
    }

    @Test
    void theNightlyPlanTriggerExistsOnceAfterTwoRegistrations() throws Exception {
        planSchedule.register(); // the application registered it once at start already
        planSchedule.register();

        assertThat(scheduler.getTriggersOfJob(DigestPlanSchedule.JOB)).singleElement().satisfies(trigger -> {
            CronTrigger cron = (CronTrigger) trigger;
            assertThat(cron.getCronExpression()).isEqualTo("0 0 18 * * ?");
            assertThat(cron.getTimeZone()).isEqualTo(TimeZone.getTimeZone("Europe/London"));
            assertThat(cron.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
            assertThat(cron.getNextFireTime().toInstant().atZone(BuildPassTest.LONDON).getHour()).isEqualTo(18);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'digest-plan'",
                Integer.class)).isEqualTo(1);
        assertThat(scheduler.getJobDetail(DigestPlanSchedule.JOB).isDurable()).isTrue();
        assertThat(Trigger.TriggerState.NORMAL).isEqualTo(scheduler.getTriggerState(DigestPlanSchedule.TRIGGER));
    }

    @Test
    void anAppointmentBookedInsideThePlansWindowGetsItsBuildsPlannedAtOnceALaterOneWaitsForItsNight() throws Exception {
        ApiCalls api = new ApiCalls(port, jdbc);
        String run = EventsApi.run();
        Instant now = Instant.now();
        String patient = api.registerPatient("pb-" + run, now.minus(Duration.ofDays(30)).atZone(BuildPassTest.LONDON)
                .toLocalDate().toString());
        long soon = book(api, run + "soon", patient, now.plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES));
        long later = book(api, run + "later", patient, now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES));
        planner.planBooked(soon);
        planner.planBooked(later);

        Instant start = now.plus(Duration.ofHours(20)).truncatedTo(ChronoUnit.MINUTES);
        assertThat(scheduler.getTriggersOfJob(DigestBuildPlanner.jobKey(soon, BuildPass.PREBUILD))).singleElement()
                .satisfies(trigger -> assertThat(trigger.getStartTime().toInstant())
                        .isEqualTo(start.minus(Duration.ofHours(2))));
        Instant evening = BuildPass.EVENING.fireAt(start, BuildPassTest.LONDON, now).orElseThrow();
        if (evening.isAfter(Instant.now().plusSeconds(60))) {
            assertThat(scheduler.getTriggersOfJob(DigestBuildPlanner.jobKey(soon, BuildPass.EVENING))).singleElement()
                    .satisfies(trigger -> assertThat(trigger.getStartTime().toInstant()).isEqualTo(evening));
        } else { // 18:00 the day before has passed: the evening build fires at once, and builds
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "SELECT COUNT(*) FROM digest WHERE appointment_id = ?", Integer.class, soon) == 1);
        }
        assertThat(scheduler.checkExists(DigestBuildPlanner.jobKey(later, BuildPass.EVENING)))
                .as("outside the 36-hour window: the nightly plan takes it").isFalse();
        assertThat(scheduler.checkExists(DigestBuildPlanner.jobKey(later, BuildPass.PREBUILD))).isFalse();
    }

    private long book(ApiCalls api, String external, String patient, Instant start) {
        assertThat(api.post("/api/v1/appointments", """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": 30, "kind": "FACE_TO_FACE"}"""
                .formatted(external, patient, start)).status()).isEqualTo(201);
        return jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class, external);
    }
}
