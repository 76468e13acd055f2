package care.alliance.navigator.internal;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import care.alliance.navigator.WorkingDays;

/** The queue's service level: an issue open longer than this many working days is overdue. */
@Component
public class IssueSla {

    private final int workingDays;

    IssueSla(@Value("${alliance.navigator.sla-working-days:2}") int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("alliance.navigator.sla-working-days must be at least 1");
        }
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    public int elapsed(Instant opened, Instant now) {
        return WorkingDays.elapsed(opened, now, WorkingDays.ZONE);
    }

    public boolean overdue(Instant opened, Instant now) {
        return WorkingDays.overdue(opened, now, workingDays, WorkingDays.ZONE);
    }
}
