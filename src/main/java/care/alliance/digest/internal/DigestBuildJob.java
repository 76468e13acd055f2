package care.alliance.digest.internal;

import java.util.Arrays;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import care.alliance.patients.AppointmentRecords;

/**
 * The digest builds of one job: one appointment (pre-session pass) or a lot of them (evening and
 * requested passes, see DigestBuildPlanner), one after another, each in its own transaction. One
 * appointment's failure is recorded and the lot goes on. Not run twice at once for the same key (a
 * recovered run and a re-planned one could otherwise overlap); different jobs may overlap, and the
 * unique key {@code (appointment_id, version)} lets only one of them store a version.
 */
@DisallowConcurrentExecution
class DigestBuildJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DigestBuildJob.class);

    private final DigestBuilds builds;
    private final AppointmentRecords appointments;
    private final DigestFailures failures;

    DigestBuildJob(DigestBuilds builds, AppointmentRecords appointments, DigestFailures failures) {
        this.builds = builds;
        this.appointments = appointments;
        this.failures = failures;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        BuildPass pass = BuildPass.valueOf(data.getString(DigestBuildPlanner.PASS));
        List<Long> ids = Arrays.stream(data.getString(DigestBuildPlanner.APPOINTMENT_IDS).split(","))
                .map(Long::valueOf).toList();
        int failed = 0;
        for (long appointmentId : ids) {
            try {
                log.info("Digest build {}: {}", pass, run(appointmentId, pass));
            } catch (RuntimeException alreadyLoggedAndRecorded) {
                failed++;
            }
        }
        if (failed > 0) {
            throw new JobExecutionException(failed + " of " + ids.size() + " digest build(s) failed in "
                    + context.getJobDetail().getKey() + "; each is logged and shown in the coverage view", false);
        }
    }

    /**
     * What happened, in words for the log; package-visible so tests can run a build as the job does. A
     * failure is logged and recorded for the coverage view (H09) and rethrown; Quartz does not retry it,
     * the next pass or plan will.
     */
    String run(long appointmentId, BuildPass pass) {
        try {
            return run(appointmentId);
        } catch (RuntimeException e) {
            log.error("Digest build {} for appointment {} failed", pass, appointmentId, e);
            try {
                failures.record(appointmentId, pass, e);
            } catch (RuntimeException recordingFailed) {
                e.addSuppressed(recordingFailed);
                log.error("Could not record the failed digest build for appointment {}", appointmentId, recordingFailed);
            }
            throw e;
        }
    }

    private String run(long appointmentId) {
        // cancelled or recorded since planning: a digest for a session that will not happen is noise
        if (!appointments.isBooked(appointmentId)) {
            return "appointment " + appointmentId + " is no longer booked, nothing built";
        }
        return builds.build(appointmentId)
                .map(digest -> "appointment " + appointmentId + ": built version " + digest.version())
                .orElse("appointment " + appointmentId + ": nothing new since the last version, nothing stored");
    }
}
