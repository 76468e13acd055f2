package care.alliance.navigator.detection;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import care.alliance.navigator.DetectionResult;

/** All rules for all patients ({@code alliance.detection.cron}); one at a time across the cluster. */
@DisallowConcurrentExecution
class DetectionJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DetectionJob.class);

    private final Detection detection;

    DetectionJob(Detection detection) {
        this.detection = detection;
    }

    @Override
    public void execute(JobExecutionContext context) {
        long started = System.nanoTime();
        DetectionResult result = detection.runAll();
        log.info("Detection opened {} and closed {} issue(s) in {} ms", result.opened(), result.closed(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
