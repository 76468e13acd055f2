package care.alliance.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One PWP's booked half-hours, so a demo calendar never shows two patients in the same slot.
 * Sixteen slots a day (09:00-16:30) against eight or so appointments per PWP per day leaves room;
 * a full day runs over into the evening (to 18:30) before it would double-book.
 */
final class PwpDiary {

    private static final int FIRST_SLOT = DemoTime.minute(9, 0);
    private static final int SLOTS_PER_DAY = 16;
    private static final int WITH_OVERTIME = 20;

    private final Set<Long> taken = new HashSet<>();

    /** The start minute of a free half-hour on {@code day}; a full day double-books rather than fails. */
    int book(LocalDate day, SplittableRandom random) {
        int first = random.nextInt(SLOTS_PER_DAY);
        for (int i = 0; i < SLOTS_PER_DAY; i++) {
            int slot = (first + i) % SLOTS_PER_DAY;
            if (taken.add(day.toEpochDay() * WITH_OVERTIME + slot)) {
                return FIRST_SLOT + slot * Slot.MINUTES;
            }
        }
        for (int slot = SLOTS_PER_DAY; slot < WITH_OVERTIME; slot++) {
            if (taken.add(day.toEpochDay() * WITH_OVERTIME + slot)) {
                return FIRST_SLOT + slot * Slot.MINUTES;
            }
        }
        return FIRST_SLOT + first * Slot.MINUTES;
    }
}
