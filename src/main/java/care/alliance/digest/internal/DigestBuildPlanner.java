package care.alliance.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;

/**
 * Turns BOOKED appointments starting in a window into one Quartz job per appointment and pass, keyed
 * {@code digest-build.<appointmentId>.<pass>}. Re-planning <em>replaces</em> the job and its trigger
 * rather than skipping: the job count never grows, and an appointment moved since the last plan gets
 * its builds moved with it. A replaced trigger that had already fired just builds again, which stores
 * nothing unless new data arrived (DigestBuilds is idempotent).
 * <p>
 * Jobs are stored {@value #JOBS_PER_TRANSACTION} at a time, each lot in one Spring-managed
 * transaction. Spring's Quartz job store takes its row lock and writes a job's rows on the caller's
 * connection: outside a transaction every statement committed on its own, so the lock protected
 * nothing and the scheduler thread could pick up a trigger whose row was stored but whose simple-trigger
 * row was not yet ("Couldn't acquire next trigger ... No record found", logged as an error), and a day of
 * 12,450 appointments took 65-73 s to schedule on the benchmark data set (docs/benchmarks.md).
 */
@Component
public class DigestBuildPlanner {

    public static final String GROUP = "digest-build";
    /** The nightly plan looks this far ahead, so one missed night still leaves every session covered. */
    static final Duration NIGHT_WINDOW = Duration.ofHours(36);
    static final String APPOINTMENT_ID = "appointmentId";
    static final String PASS = "pass";
    /** Jobs stored per transaction: few enough that the scheduler thread never waits long for the lock. */
    static final int JOBS_PER_TRANSACTION = 250;

    private static final Logger log = LoggerFactory.getLogger(DigestBuildPlanner.class);

    private final Scheduler scheduler;
    private final AppointmentRecords appointments;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;

    DigestBuildPlanner(Scheduler scheduler, AppointmentRecords appointments, Clock clock,
            @Value("${alliance.digest.zone:Europe/London}") ZoneId zone, PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.appointments = appointments;
        this.clock = clock;
        this.zone = zone;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The nightly run: the evening and pre-session builds of sessions starting in the next 36 hours. */
    public int planNight() {
        Instant now = clock.instant();
        return plan(now, now.plus(NIGHT_WINDOW), now, List.of(BuildPass.EVENING, BuildPass.PREBUILD));
    }

    /** The API's run: one build now for every BOOKED appointment starting in [from, to). */
    public int buildNow(Instant from, Instant to) {
        return plan(from, to, clock.instant(), List.of(BuildPass.REQUESTED));
    }

    public static JobKey jobKey(long appointmentId, BuildPass pass) {
        return JobKey.jobKey("digest-build." + appointmentId + "." + pass.key(), GROUP);
    }

    private int plan(Instant from, Instant to, Instant now, List<BuildPass> passes) {
        List<AppointmentRef> booked = appointments.bookedStartingIn(from, to);
        Map<JobDetail, Set<? extends Trigger>> lot = new LinkedHashMap<>();
        for (AppointmentRef appointment : booked) {
            for (BuildPass pass : passes) {
                pass.fireAt(appointment.start(), zone, now).ifPresent(at -> add(lot, appointment.id(), pass, at));
            }
            if (lot.size() >= JOBS_PER_TRANSACTION) {
                store(lot);
            }
        }
        store(lot);
        log.info("Planned digest builds {} for {} booked appointment(s) starting in [{}, {})", passes,
                booked.size(), from, to);
        return booked.size();
    }

    private static void add(Map<JobDetail, Set<? extends Trigger>> lot, long appointmentId, BuildPass pass,
            Instant at) {
        JobKey key = jobKey(appointmentId, pass);
        // recovery: a node killed mid-build leaves the job to another node, which builds again (idempotent)
        JobDetail job = JobBuilder.newJob(DigestBuildJob.class).withIdentity(key)
                .usingJobData(APPOINTMENT_ID, appointmentId).usingJobData(PASS, pass.name())
                .requestRecovery(true).build();
        // fire now on misfire (the cluster was down at the time): a late digest is better than none
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(key.getName(), GROUP))
                .forJob(key).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        lot.put(job, Set.of(trigger));
    }

    /** Stores the lot, replacing jobs and triggers of the same keys, in one transaction; then empties it. */
    private void store(Map<JobDetail, Set<? extends Trigger>> lot) {
        if (lot.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            try {
                scheduler.scheduleJobs(lot, true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not schedule " + lot.size() + " digest builds from "
                        + lot.keySet().iterator().next().getKey(), e);
            }
        });
        lot.clear();
    }
}
