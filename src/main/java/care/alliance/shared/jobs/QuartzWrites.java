package care.alliance.shared.jobs;

import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces a job and its triggers in the clustered JDBC store inside a Spring transaction (joining the
 * caller's, if any). Spring's LocalDataSourceJobStore runs scheduler calls on the application's
 * DataSource: outside a transaction each statement auto-commits, so Quartz's row lock is released at
 * once and a job's rows are written one by one. The two-node SIGKILL test (DigestClusterIT) caught the
 * result: a trigger row without its simple-trigger row, which no node could ever fire.
 */
@Component
public class QuartzWrites {

    private final Scheduler scheduler;
    private final TransactionTemplate transaction;

    public QuartzWrites(Scheduler scheduler, PlatformTransactionManager transactions) {
        this.scheduler = scheduler;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers a durable job on a cron, replacing any job and trigger of the same keys: called on every
     * node's start, it leaves the cluster exactly one, and a changed cron takes effect at the next start.
     * A run missed while the cluster was down fires once on recovery.
     */
    public void replaceCron(Class<? extends Job> type, JobKey job, TriggerKey trigger, String cron, TimeZone zone) {
        // durable: the job outlives any one trigger replacement
        JobDetail detail = JobBuilder.newJob(type).withIdentity(job).storeDurably().build();
        CronTrigger schedule = TriggerBuilder.newTrigger().withIdentity(trigger).forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        replace(detail, Set.of(schedule));
    }

    /**
     * {@link #replaceCron} when the schedule is switched on, otherwise removes the job (the context tests
     * switch schedules off, so a run never lands in the middle of another test's data).
     */
    public void replaceCronOrDelete(boolean enabled, Class<? extends Job> type, JobKey job, TriggerKey trigger,
            String cron, TimeZone zone) {
        if (enabled) {
            replaceCron(type, job, trigger, cron, zone);
        } else {
            delete(job);
        }
    }

    /** Stores the job and its triggers, replacing any with the same keys, atomically. */
    public void replace(JobDetail job, Set<? extends Trigger> triggers) {
        replaceAll(Map.of(job, triggers));
    }

    /**
     * Stores a lot of jobs with their triggers in one transaction, replacing any with the same keys. Keep
     * lots to a few hundred: the scheduler threads of every node wait for the store lock meanwhile.
     */
    public void replaceAll(Map<JobDetail, Set<? extends Trigger>> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            try {
                scheduler.scheduleJobs(jobs, true);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not schedule " + jobs.size() + " job(s), e.g. "
                        + jobs.keySet().iterator().next().getKey(), e);
            }
        });
    }

    /** Deletes the job and its triggers; {@code false} when there was no such job. */
    public boolean delete(JobKey job) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            try {
                return scheduler.deleteJob(job);
            } catch (SchedulerException e) {
                throw new IllegalStateException("Could not delete " + job, e);
            }
        }));
    }
}
