package care.alliance.timebudget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import care.alliance.timebudget.internal.AppointmentCapture;

/**
 * For a freshly seeded database (the demo service): captures now the attended appointments of the last
 * weeks as proposed entries, as the nightly catch-up would have done day by day (its window is only 14
 * days). Not a security boundary: no person calls it; the capture audits as the capture job.
 */
@Component
public class SeededTimeCapture {

    private final AppointmentCapture capture;
    private final Clock clock;

    SeededTimeCapture(AppointmentCapture capture, Clock clock) {
        this.capture = capture;
        this.clock = clock;
    }

    /** Captures the attended appointments that started in the last {@code weeks} weeks (and a week more); returns how many. */
    public int captureRecentWeeks(int weeks) {
        Instant now = clock.instant();
        return capture.captureAttended(now.minus(Duration.ofDays(7L * (weeks + 1))), now);
    }
}
