package care.alliance.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.SchedulerListenerSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import care.alliance.AllianceTest;
import care.alliance.ingest.EventsApi;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.api.ApiCalls;
import care.alliance.shared.jobs.QuartzWrites;

/**
 * The planner against the real appointment table with a fixed clock, scheduling into a scheduler of
 * its own that is never started: nothing fires, so what was planned can be read back exactly.
 */
@AllianceTest
class DigestBuildPlannerTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger SCHEDULERS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppointmentRecords appointments;
    @Autowired
    PlatformTransactionManager transactions;

    Scheduler scheduler;
    ApiCalls api;
    String patient;
    String run = EventsApi.run();
    int booked;

    @BeforeEach
    void setUp() throws Exception {
        Properties props = new Properties();
        props.setProperty("org.quartz.scheduler.instanceName", "digest-plan-test-" + SCHEDULERS.incrementAndGet());
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        props.setProperty("org.quartz.threadPool.threadCount", "1");
        scheduler = new StdSchedulerFactory(props).getScheduler();
        api = new ApiCalls(port, jdbc);
        patient = api.registerPatient("pl-" + run, "2026-01-05");
    }

    @AfterEach
    void tearDown() throws Exception {
        scheduler.shutdown();
    }

    DigestBuildPlanner planner(String now) {
        return new DigestBuildPlanner(new QuartzWrites(scheduler, transactions), appointments,
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC), LONDON);
    }

    long book(String start) {
        String id = run + "a" + (++booked);
        assertThat(api.post("/api/v1/appointments", """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": 30, "kind": "FACE_TO_FACE"}"""
                .formatted(id, patient, start)).status()).isEqualTo(201);
        return jdbc.queryForObject("SELECT id FROM appointment WHERE external_id = ?", Long.class, id);
    }

    /** When the appointment's build of this pass fires: its own job, or the lot job that carries it. */
    Instant fireTime(long appointmentId, BuildPass pass) throws Exception {
        JobKey key = jobOf(appointmentId, pass);
        if (key == null) {
            return null;
        }
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(key.getName(), key.getGroup()));
        return trigger == null ? null : trigger.getStartTime().toInstant();
    }

    JobKey jobOf(long appointmentId, BuildPass pass) throws Exception {
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP))) {
            JobDetail job = scheduler.getJobDetail(key);
            if (job.getJobDataMap().getString(DigestBuildPlanner.PASS).equals(pass.name())
                    && List.of(job.getJobDataMap().getString(DigestBuildPlanner.APPOINTMENT_IDS).split(","))
                            .contains(String.valueOf(appointmentId))) {
                return key;
            }
        }
        return null;
    }

    @Test
    void H07_autumnChange_theNightlyPlanBuilds09LondonOn25OctAt18LondonTheDayBefore() throws Exception {
        long appointment = book("2026-10-25T09:00:00Z"); // 09:00 GMT on the day the clocks go back

        planner("2026-10-24T06:00:00Z").planNight();

        assertThat(fireTime(appointment, BuildPass.EVENING)).isEqualTo(Instant.parse("2026-10-24T17:00:00Z"));
        assertThat(fireTime(appointment, BuildPass.PREBUILD)).isEqualTo(Instant.parse("2026-10-25T07:00:00Z"));
    }

    @Test
    void H07_springChange_theNightlyPlanBuilds09LondonOn29MarAt18LondonTheDayBefore() throws Exception {
        long appointment = book("2026-03-29T08:00:00Z"); // 09:00 BST on the day the clocks go forward

        planner("2026-03-28T06:00:00Z").planNight();

        assertThat(fireTime(appointment, BuildPass.EVENING)).isEqualTo(Instant.parse("2026-03-28T18:00:00Z"));
        assertThat(fireTime(appointment, BuildPass.PREBUILD)).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void theWindowIncludesItsStartAndExcludesItsEndAndOnlyBookedAppointments() throws Exception {
        long atFrom = book("2026-02-10T18:00:00Z");
        long justBeforeTo = book("2026-02-12T05:59:59Z");
        long atTo = book("2026-02-12T06:00:00Z");
        long before = book("2026-02-10T17:59:59Z");
        long cancelled = book("2026-02-11T10:00:00Z");
        String cancelledId = jdbc.queryForObject("SELECT external_id FROM appointment WHERE id = ?", String.class,
                cancelled);
        assertThat(api.post("/api/v1/appointments/" + cancelledId + "/outcome", "{\"status\": \"CANCELLED\"}")
                .status()).isEqualTo(200);

        planner("2026-02-10T18:00:00Z").planNight(); // 36 hours: up to 2026-02-12T06:00Z

        assertThat(fireTime(atFrom, BuildPass.EVENING)).as("evening already passed: now")
                .isEqualTo(Instant.parse("2026-02-10T18:00:00Z"));
        assertThat(fireTime(justBeforeTo, BuildPass.EVENING)).isEqualTo(Instant.parse("2026-02-11T18:00:00Z"));
        assertThat(fireTime(justBeforeTo, BuildPass.PREBUILD)).isEqualTo(Instant.parse("2026-02-12T03:59:59Z"));
        for (long outside : new long[] {atTo, before, cancelled}) {
            assertThat(fireTime(outside, BuildPass.EVENING)).as("appointment %d", outside).isNull();
            assertThat(fireTime(outside, BuildPass.PREBUILD)).as("appointment %d", outside).isNull();
        }
    }

    @Test
    void rePlanningReplacesInsteadOfAdding() throws Exception {
        long appointment = book("2026-06-03T12:00:00Z");
        DigestBuildPlanner planner = planner("2026-06-02T06:00:00Z");

        planner.planNight();
        Set<JobKey> first = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP));
        int triggers = scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(DigestBuildPlanner.GROUP)).size();
        planner.planNight();
        planner.buildNow(Instant.parse("2026-06-03T00:00:00Z"), Instant.parse("2026-06-04T00:00:00Z"));
        planner.buildNow(Instant.parse("2026-06-03T00:00:00Z"), Instant.parse("2026-06-04T00:00:00Z"));

        assertThat(first).contains(DigestBuildPlanner.lotKey(BuildPass.EVENING, "2026-06-03", 0),
                DigestBuildPlanner.jobKey(appointment, BuildPass.PREBUILD));
        Set<JobKey> after = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP));
        String window = Instant.parse("2026-06-03T00:00:00Z").getEpochSecond() + "-"
                + Instant.parse("2026-06-04T00:00:00Z").getEpochSecond();
        assertThat(after).as("the same jobs plus the requested lot of that day")
                .containsAll(first).contains(DigestBuildPlanner.lotKey(BuildPass.REQUESTED, window, 0));
        assertThat(jobOf(appointment, BuildPass.REQUESTED)).isNotNull();
        planner.planNight();
        assertThat(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP))).isEqualTo(after);
        assertThat(scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(DigestBuildPlanner.GROUP)))
                .hasSize(triggers + (after.size() - first.size()));
    }

    @Test
    void aDaysEveningBuildsRunInLotsStoredAFewHundredJobsPerTransactionAndSurplusLotsGoOnRePlanning()
            throws Exception {
        // the JDBC job store locks and writes on the caller's connection: only a transaction makes a job's
        // rows appear together (docs/benchmarks.md, digest benchmark); 260 pre-session jobs + 6 evening lots need
        // two transactions of at most 250
        int sessions = DigestBuildPlanner.JOBS_PER_TRANSACTION + 10;
        List<Long> booked = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            booked.add(book(Instant.parse("2026-09-02T06:00:00Z").plus(Duration.ofMinutes(2L * i)).toString()));
        }
        List<Boolean> inTransaction = new CopyOnWriteArrayList<>();
        scheduler.getListenerManager().addSchedulerListener(new SchedulerListenerSupport() {
            @Override
            public void jobScheduled(Trigger trigger) {
                inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        });

        planner("2026-09-01T06:00:00Z").planNight();

        int lots = (sessions + DigestBuildPlanner.LOT_SIZE - 1) / DigestBuildPlanner.LOT_SIZE;
        assertThat(inTransaction).hasSize(sessions + lots).containsOnly(true);
        for (long appointment : booked) {
            assertThat(fireTime(appointment, BuildPass.EVENING)).as("appointment %d", appointment)
                    .isEqualTo(Instant.parse("2026-09-01T17:00:00Z"));
            assertThat(fireTime(appointment, BuildPass.PREBUILD)).as("appointment %d", appointment).isNotNull();
        }
        assertThat(scheduler.getJobDetail(DigestBuildPlanner.lotKey(BuildPass.EVENING, "2026-09-02", 0))
                .getJobDataMap().getString(DigestBuildPlanner.APPOINTMENT_IDS).split(","))
                .hasSize(DigestBuildPlanner.LOT_SIZE);

        // the day loses its last 10 sessions (the whole sixth lot): that lot goes, the others are replaced
        for (long cancelled : booked.subList(sessions - 10, sessions)) {
            String id = jdbc.queryForObject("SELECT external_id FROM appointment WHERE id = ?", String.class, cancelled);
            assertThat(api.post("/api/v1/appointments/" + id + "/outcome", "{\"status\": \"CANCELLED\"}").status())
                    .isEqualTo(200);
        }
        planner("2026-09-01T07:00:00Z").planNight();
        assertThat(scheduler.checkExists(DigestBuildPlanner.lotKey(BuildPass.EVENING, "2026-09-02", lots - 1)))
                .isFalse();
        assertThat(scheduler.checkExists(DigestBuildPlanner.lotKey(BuildPass.EVENING, "2026-09-02", lots - 2)))
                .isTrue();
        assertThat(jobOf(booked.get(sessions - 1), BuildPass.EVENING)).isNull();
    }

    @Test
    void H09_buildJobsAskForRecoverySoACutOffBuildIsReRunAndFireNowOnMisfire() throws Exception {
        long appointment = book("2026-07-08T12:00:00Z");

        planner("2026-07-07T06:00:00Z").planNight();

        JobKey key = jobOf(appointment, BuildPass.EVENING);
        JobDetail job = scheduler.getJobDetail(key);
        assertThat(job.requestsRecovery()).as("a cut-off build is re-run by another node").isTrue();
        assertThat(job.isConcurrentExecutionDisallowed()).isTrue();
        assertThat(key).isEqualTo(DigestBuildPlanner.lotKey(BuildPass.EVENING, "2026-07-08", 0));
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(key.getName(), key.getGroup()));
        assertThat(trigger.getMisfireInstruction()).isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_FIRE_NOW);
        assertThat(trigger.getStartTime()).isEqualTo(Date.from(Instant.parse("2026-07-07T17:00:00Z")));
    }
}
