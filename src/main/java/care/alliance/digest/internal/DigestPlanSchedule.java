package care.alliance.digest.internal;

import java.util.Set;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import care.alliance.shared.jobs.QuartzWrites;

/**
 * Registers the nightly plan on every start by replacing the job and its cron trigger: every node of
 * the cluster does it, each replace is one transaction under Quartz's store lock ({@link QuartzWrites}),
 * so there is always exactly one trigger and a changed cron or zone takes effect on the next start.
 */
@Component
public class DigestPlanSchedule {

    public static final JobKey JOB = JobKey.jobKey("digest-plan", "digest");
    public static final TriggerKey TRIGGER = TriggerKey.triggerKey("digest-plan", "digest");

    private final QuartzWrites writes;
    private final String cron;
    private final String zone;

    DigestPlanSchedule(QuartzWrites writes, @Value("${alliance.digest.plan-cron:0 0 18 * * ?}") String cron,
            @Value("${alliance.digest.zone:Europe/London}") String zone) {
        this.writes = writes;
        this.cron = cron;
        this.zone = zone;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        // durable: the plan job outlives any one trigger replacement
        JobDetail job = JobBuilder.newJob(DigestPlanJob.class).withIdentity(JOB).storeDurably().build();
        // the cron is read in London time so 18:00 stays 18:00 across the clock changes (H07); a night
        // missed while the cluster was down is planned once on recovery, as planning is idempotent
        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(TRIGGER).forJob(JOB)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        writes.replace(job, Set.of(trigger));
    }
}
