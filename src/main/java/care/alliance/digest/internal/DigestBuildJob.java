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

    DigestBuildJob(DigestBuilds builds, AppointmentRecords appointments) {
        this.builds = builds;
        this.appointments = appointments;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        long appointmentId = data.getLong(DigestBuildPlanner.APPOINTMENT_ID);
        String pass = data.getString(DigestBuildPlanner.PASS);
        try {
            log.info("Digest build {}: {}", pass, run(appointmentId));
        } catch (RuntimeException e) {
            // H09: a failed build must be visible; Quartz does not retry it, the next pass or plan will
            log.error("Digest build {} for appointment {} failed", pass, appointmentId, e);
            throw new JobExecutionException(e, false);
        }
    }

    /** What happened, in words for the log; package-visible so tests can run a build as the job does. */
    String run(long appointmentId) {
        // cancelled or recorded since planning: a digest for a session that will not happen is noise
        if (!appointments.isBooked(appointmentId)) {
            return "appointment " + appointmentId + " is no longer booked, nothing built";
        }
        return builds.build(appointmentId)
                .map(digest -> "appointment " + appointmentId + ": built version " + digest.version())
                .orElse("appointment " + appointmentId + ": nothing new since the last version, nothing stored");
    }
}
