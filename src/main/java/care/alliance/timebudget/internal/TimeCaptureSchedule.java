package care.alliance.timebudget.internal;

import java.time.ZoneId;
import java.util.TimeZone;

import org.quartz.JobKey;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import care.alliance.shared.jobs.QuartzWrites;

/**
 * Registers the nightly time capture ({@code alliance.time-capture.cron}, default 02:30 London) on every
 * start by replacing its job and trigger, like detection: the cluster holds exactly one.
 * {@code alliance.time-capture.enabled=false} removes it (the context tests do, so a run never captures
 * in the middle of another test's data).
 */
@Component
class TimeCaptureSchedule {

    static final JobKey JOB = JobKey.jobKey("time-capture", "timebudget");
    static final TriggerKey TRIGGER = TriggerKey.triggerKey("time-capture", "timebudget");

    private final QuartzWrites writes;
    private final String cron;
    private final boolean enabled;

    TimeCaptureSchedule(QuartzWrites writes, @Value("${alliance.time-capture.cron:0 30 2 * * ?}") String cron,
            @Value("${alliance.time-capture.enabled:true}") boolean enabled) {
        this.writes = writes;
        this.cron = cron;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        // a quiet hour in the service's day; a missed night is made up once (the window covers it)
        writes.replaceCronOrDelete(enabled, TimeCaptureJob.class, JOB, TRIGGER, cron,
                TimeZone.getTimeZone(ZoneId.of("Europe/London")));
    }
}
