package care.alliance.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import care.alliance.shared.jobs.QuartzWrites;

/**
 * Turns BOOKED appointments starting in a window into one Quartz job per appointment and pass, keyed
 * {@code digest-build.<appointmentId>.<pass>}. Re-planning <em>replaces</em> the job and its trigger
 * rather than skipping: the job count never grows, and an appointment moved since the last plan gets
 * its builds moved with it. A replaced trigger that had already fired just builds again, which stores
 * nothing unless new data arrived (DigestBuilds is idempotent).
 */
@Component
public class DigestBuildPlanner {

    public static final String GROUP = "digest-build";
    /** The nightly plan looks this far ahead, so one missed night still leaves every session covered. */
    public static final Duration NIGHT_WINDOW = Duration.ofHours(36);
    static final String APPOINTMENT_ID = "appointmentId";
    static final String PASS = "pass";

    private static final Logger log = LoggerFactory.getLogger(DigestBuildPlanner.class);

    private final QuartzWrites writes;
    private final AppointmentRecords appointments;
    private final Clock clock;
    private final ZoneId zone;

    DigestBuildPlanner(QuartzWrites writes, AppointmentRecords appointments, Clock clock,
            @Value("${alliance.digest.zone:Europe/London}") ZoneId zone) {
        this.writes = writes;
        this.appointments = appointments;
        this.clock = clock;
        this.zone = zone;
    }

    /** The nightly run: the evening and pre-session builds of sessions starting in the next 36 hours. */
    public int planNight() {
        Instant now = clock.instant();
        return plan(now, now.plus(NIGHT_WINDOW), now, List.of(BuildPass.EVENING, BuildPass.PREBUILD));
    }

    /**
     * An appointment booked after tonight's plan ran but starting inside its window would otherwise get
     * no digest (the next plan runs after it starts): plan its evening and pre-session builds now, as
     * the nightly run would. Later appointments are left to their own night's plan.
     */
    public void planBooked(long appointmentId) {
        Instant now = clock.instant();
        appointments.byId(appointmentId)
                .filter(appointment -> appointment.start().isAfter(now)
                        && appointment.start().isBefore(now.plus(NIGHT_WINDOW)))
                .ifPresent(appointment -> {
                    for (BuildPass pass : List.of(BuildPass.EVENING, BuildPass.PREBUILD)) {
                        pass.fireAt(appointment.start(), zone, now).ifPresent(at -> schedule(appointment.id(), pass, at));
                    }
                    log.info("Planned digest builds for appointment {} booked inside the plan's window", appointmentId);
                });
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
        for (AppointmentRef appointment : booked) {
            for (BuildPass pass : passes) {
                pass.fireAt(appointment.start(), zone, now).ifPresent(at -> schedule(appointment.id(), pass, at));
            }
        }
        log.info("Planned digest builds {} for {} booked appointment(s) starting in [{}, {})", passes,
                booked.size(), from, to);
        return booked.size();
    }

    private void schedule(long appointmentId, BuildPass pass, Instant at) {
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
        writes.replace(job, Set.of(trigger));
    }
}
