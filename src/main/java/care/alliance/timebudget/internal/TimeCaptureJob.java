package care.alliance.timebudget.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly catch-up of attended appointments ({@code alliance.time-capture.cron}): whatever the
 * outcome event missed (appointments written in bulk, a capture that failed) over the last
 * {@link #WINDOW}. Idempotent, so a re-run after recovery or on another node changes nothing.
 */
@DisallowConcurrentExecution
class TimeCaptureJob implements Job {

    /** Long enough for a PWP's late outcomes; corrections older than this arrive through the event. */
    static final Duration WINDOW = Duration.ofDays(14);
    private static final Logger log = LoggerFactory.getLogger(TimeCaptureJob.class);

    private final AppointmentCapture capture;
    private final Clock clock;

    TimeCaptureJob(AppointmentCapture capture, Clock clock) {
        this.capture = capture;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        Instant now = clock.instant();
        int captured = capture.captureAttended(now.minus(WINDOW), now);
        log.info("Time capture proposed {} entr{} for attended appointments", captured, captured == 1 ? "y" : "ies");
    }
}
