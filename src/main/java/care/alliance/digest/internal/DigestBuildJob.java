package care.alliance.digest.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import care.alliance.patients.AppointmentRecords;

/**
 * One digest build for one appointment and pass. Not run twice at once for the same key (a recovered
 * run and a re-planned one could otherwise overlap); different passes may overlap, and the unique key
 * {@code (appointment_id, version)} lets only one of them store a version.
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
        long appointmentId = data.getLong(DigestBuildPlanner.APPOINTMENT_ID);
        BuildPass pass = BuildPass.valueOf(data.getString(DigestBuildPlanner.PASS));
        try {
            log.info("Digest build {}: {}", pass, run(appointmentId, pass));
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
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
