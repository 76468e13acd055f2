package care.alliance.navigator;

import java.time.LocalTime;

/** Local times with no reminders; a start after the end wraps midnight (22:00–07:00). */
public record QuietHours(LocalTime start, LocalTime end) {

    /** Start inclusive, end exclusive: a reminder at the end time is the first one allowed. */
    public boolean contains(LocalTime time) {
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
