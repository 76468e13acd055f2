package care.alliance.digest.internal;

import java.util.TimeZone;

import org.quartz.JobKey;
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
        // the cron is read in London time so 18:00 stays 18:00 across the clock changes (H07); a night
        // missed while the cluster was down is planned once on recovery, as planning is idempotent
        writes.replaceCron(DigestPlanJob.class, JOB, TRIGGER, cron, TimeZone.getTimeZone(zone));
    }
}
