package care.alliance.digest.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Turns BOOKED appointments starting in a window into Quartz build jobs. The pre-session pass fires 2
 * hours before each session, so it is one job per appointment, {@code digest-build.<appointmentId>.prebuild}.
 * The evening pass (18:00 London the day before) and the requested pass (now) fire at the same moment
 * for a whole day's sessions, so they run as lot jobs of up to {@value #LOT_SIZE} appointments,
 * {@code digest-lot.<pass>.<day or window>.<n>}: Quartz's JDBC store costs about 20 ms per job here
 * (store, acquire, fire, complete under the cluster lock), which with one job per appointment made a
 * 12,450-session day take 227 s through Quartz against 31-50 s of building (docs/benchmarks.md). A lot
 * is re-run whole on recovery; its already-built digests store nothing (DigestBuilds is idempotent).
 * <p>
 * Re-planning <em>replaces</em> jobs and triggers of the same keys rather than adding, and removes a
 * day's surplus lots when it now has fewer sessions, so the job count never grows. A replaced trigger
 * that had already fired just builds again, which stores nothing unless new data arrived. Jobs are
 * written {@value #JOBS_PER_TRANSACTION} per transaction ({@link QuartzWrites}).
 */
@Component
public class DigestBuildPlanner {

    public static final String GROUP = "digest-build";
    /** The nightly plan looks this far ahead, so one missed night still leaves every session covered. */
    public static final Duration NIGHT_WINDOW = Duration.ofHours(36);
    static final String APPOINTMENT_IDS = "appointmentIds";
    static final String PASS = "pass";
    /** Enough to make Quartz's per-job cost small, few enough that several nodes share a day's lots. */
    public static final int LOT_SIZE = 50;
    /** Jobs stored per transaction: few enough that the scheduler threads never wait long for the lock. */
    static final int JOBS_PER_TRANSACTION = 250;

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
        List<AppointmentRef> booked = appointments.bookedStartingIn(now, now.plus(NIGHT_WINDOW));
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        Map<String, List<AppointmentRef>> byDay = booked.stream().collect(Collectors.groupingBy(
                appointment -> appointment.start().atZone(zone).toLocalDate().toString(), LinkedHashMap::new,
                Collectors.toList()));
        byDay.forEach((day, sessions) -> lots(jobs, BuildPass.EVENING, day, sessions, now));
        for (AppointmentRef appointment : booked) {
            BuildPass.PREBUILD.fireAt(appointment.start(), zone, now).ifPresent(at ->
                    jobs.put(job(jobKey(appointment.id(), BuildPass.PREBUILD), List.of(appointment.id()),
                            BuildPass.PREBUILD), Set.of(trigger(jobKey(appointment.id(), BuildPass.PREBUILD), at))));
        }
        store(jobs);
        byDay.forEach((day, sessions) -> removeSurplusLots(BuildPass.EVENING, day, lotCount(sessions)));
        log.info("Planned digest builds (evening in {} lot(s), pre-session per appointment) for {} booked "
                + "appointment(s) starting in [{}, {})", byDay.values().stream().mapToInt(DigestBuildPlanner::lotCount)
                        .sum(), booked.size(), now, now.plus(NIGHT_WINDOW));
        return booked.size();
    }

    /**
     * An appointment booked after tonight's plan ran but starting inside its window would otherwise get
     * no digest (the next plan runs after it starts): plan its evening and pre-session builds now, as
     * jobs of its own. Later appointments are left to their own night's plan.
     */
    public void planBooked(long appointmentId) {
        Instant now = clock.instant();
        appointments.byId(appointmentId)
                .filter(appointment -> appointment.start().isAfter(now)
                        && appointment.start().isBefore(now.plus(NIGHT_WINDOW)))
                .ifPresent(appointment -> {
                    Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
                    for (BuildPass pass : List.of(BuildPass.EVENING, BuildPass.PREBUILD)) {
                        JobKey key = jobKey(appointment.id(), pass);
                        pass.fireAt(appointment.start(), zone, now).ifPresent(at ->
                                jobs.put(job(key, List.of(appointment.id()), pass), Set.of(trigger(key, at))));
                    }
                    writes.replaceAll(jobs);
                    log.info("Planned digest builds for appointment {} booked inside the plan's window", appointmentId);
                });
    }

    /** The API's run: a build now for every BOOKED appointment starting in [from, to), in lots. */
    public int buildNow(Instant from, Instant to) {
        Instant now = clock.instant();
        List<AppointmentRef> booked = appointments.bookedStartingIn(from, to);
        String window = window(from, to);
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        lots(jobs, BuildPass.REQUESTED, window, booked, now);
        store(jobs);
        removeSurplusLots(BuildPass.REQUESTED, window, lotCount(booked));
        log.info("Requested digest builds in {} lot(s) for {} booked appointment(s) starting in [{}, {})",
                lotCount(booked), booked.size(), from, to);
        return booked.size();
    }

    /** The job of one appointment's own build (the pre-session pass, or a booking inside the window). */
    public static JobKey jobKey(long appointmentId, BuildPass pass) {
        return JobKey.jobKey("digest-build." + appointmentId + "." + pass.key(), GROUP);
    }

    /** The requested pass's lots are named after their window, so asking twice replaces, never adds. */
    public static String window(Instant from, Instant to) {
        return from.getEpochSecond() + "-" + to.getEpochSecond();
    }

    /** The n-th lot job of a pass for a day (evening: the sessions' London date) or a requested window. */
    public static JobKey lotKey(BuildPass pass, String group, int index) {
        return JobKey.jobKey("digest-lot." + pass.key() + "." + group + "." + index, GROUP);
    }

    private void lots(Map<JobDetail, Set<? extends Trigger>> jobs, BuildPass pass, String group,
            List<AppointmentRef> sessions, Instant now) {
        for (int from = 0, index = 0; from < sessions.size(); from += LOT_SIZE, index++) {
            List<AppointmentRef> lot = sessions.subList(from, Math.min(from + LOT_SIZE, sessions.size()));
            JobKey key = lotKey(pass, group, index);
            // one day's sessions share the evening; "now" for the requested pass
            Instant at = pass.fireAt(lot.getFirst().start(), zone, now).orElse(now);
            jobs.put(job(key, lot.stream().map(AppointmentRef::id).toList(), pass), Set.of(trigger(key, at)));
        }
    }

    private static int lotCount(List<AppointmentRef> sessions) {
        return (sessions.size() + LOT_SIZE - 1) / LOT_SIZE;
    }

    private static JobDetail job(JobKey key, List<Long> appointmentIds, BuildPass pass) {
        // recovery: a node killed mid-build leaves the job to another node, which builds again (idempotent)
        return JobBuilder.newJob(DigestBuildJob.class).withIdentity(key)
                .usingJobData(APPOINTMENT_IDS, appointmentIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .usingJobData(PASS, pass.name()).requestRecovery(true).build();
    }

    private static Trigger trigger(JobKey key, Instant at) {
        // fire now on misfire (the cluster was down at the time): a late digest is better than none
        return TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey(key.getName(), GROUP)).forJob(key)
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private void store(Map<JobDetail, Set<? extends Trigger>> jobs) {
        List<JobDetail> details = new ArrayList<>(jobs.keySet());
        for (int from = 0; from < details.size(); from += JOBS_PER_TRANSACTION) {
            Map<JobDetail, Set<? extends Trigger>> lot = new LinkedHashMap<>();
            details.subList(from, Math.min(from + JOBS_PER_TRANSACTION, details.size()))
                    .forEach(detail -> lot.put(detail, jobs.get(detail)));
            writes.replaceAll(lot);
        }
    }

    /** A day that now has fewer sessions than at its last plan keeps no stale lot. */
    private void removeSurplusLots(BuildPass pass, String group, int count) {
        try {
            for (int index = count; writes.delete(lotKey(pass, group, index)); index++) {
                log.info("Removed surplus digest lot {}", lotKey(pass, group, index));
            }
        } catch (RuntimeException firing) {
            // a surplus lot running right now cannot be deleted; it builds, which stores nothing new
            log.warn("Could not remove a surplus digest lot of {} {}: {}", pass, group, firing.getMessage());
        }
    }
}
