package care.alliance.navigator.detection;

import java.util.TimeZone;

import org.quartz.JobKey;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import care.alliance.shared.jobs.QuartzWrites;

/**
 * Registers the detection run ({@code alliance.detection.cron}, default every 15 minutes) on every
 * start by replacing its job and trigger, like the digest plan: the cluster always holds exactly one,
 * and a changed cron takes effect on the next start. {@code alliance.detection.enabled=false} removes it
 * (the context tests do, so a run never lands in the middle of another test's data).
 */
@Component
class DetectionSchedule {

    static final JobKey JOB = JobKey.jobKey("detection", "navigator");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("detection", "navigator");

    private final QuartzWrites writes;
    private final String cron;
    private final boolean enabled;

    DetectionSchedule(QuartzWrites writes, @Value("${alliance.detection.cron:0 0/15 * * * ?}") String cron,
            @Value("${alliance.detection.enabled:true}") boolean enabled) {
        this.writes = writes;
        this.cron = cron;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        // a run missed while the cluster was down is made up once: every run covers everything anyway
        writes.replaceCronOrDelete(enabled, DetectionJob.class, JOB, TRIGGER, cron, TimeZone.getDefault());
    }
}
