package care.alliance.digest.internal;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The nightly plan (cron {@code alliance.digest.plan-cron}); one at a time across the cluster. */
@DisallowConcurrentExecution
class DigestPlanJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(DigestPlanJob.class);

    private final DigestBuildPlanner planner;

    DigestPlanJob(DigestBuildPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(JobExecutionContext context) {
        log.info("Nightly digest plan covered {} appointment(s)", planner.planNight());
    }
}
