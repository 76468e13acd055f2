package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts appointments on clinic days. Whatever lies before today has happened (attended, missed or
 * cancelled); whatever lies after is BOOKED, at most two weeks ahead. Nothing is placed on today
 * itself, so the data do not depend on the hour at which they are generated.
 */
final class SessionCalendar {

    private static final int BOOKING_HORIZON_DAYS = 14;

    private final LocalDate today;

    SessionCalendar(LocalDate today) {
        this.today = today;
    }

    /** An appointment near {@code rawDay}; {@code pastStatus} applies if it falls before today. */
    Slot slot(String kind, LocalDate rawDay, SplittableRandom r, PwpDiary diary, String pastStatus) {
        boolean past = rawDay.isBefore(today);
        LocalDate day = past ? DemoTime.workdayOnOrBefore(rawDay)
                : DemoTime.workdayOnOrAfter(rawDay.isAfter(today) ? rawDay : today.plusDays(1));
        return new Slot(kind, day, diary.book(day, r), past ? pastStatus : Slot.BOOKED);
    }

    /** Up to {@code count} weekly sessions from {@code first}, alternating face-to-face and online. */
    List<Slot> sessions(LocalDate first, int count, Stage stage, SplittableRandom r, PwpDiary diary) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate raw = first.plusDays(7L * i + (i == 0 ? 0 : between(r, -1, 1)));
            if (raw.isAfter(today.plusDays(BOOKING_HORIZON_DAYS))) {
                break;
            }
            String kind = i % 2 == 0 ? Slot.FACE_TO_FACE : Slot.ONLINE_REVIEW;
            slots.add(slot(kind, raw, r, diary, pastStatus(kind, i, count, stage, r)));
        }
        return slots;
    }

    private static String pastStatus(String kind, int index, int count, Stage stage, SplittableRandom r) {
        if (stage == Stage.DROPPED_OUT) {
            // fewer than two attended treatment sessions: that is what dropping out means
            if (index == 0) {
                return chance(r, 0.6) ? Slot.ATTENDED : Slot.DID_NOT_ATTEND;
            }
            return Slot.FACE_TO_FACE.equals(kind) && chance(r, 0.7) ? Slot.DID_NOT_ATTEND : Slot.CANCELLED;
        }
        if (index == 0 || (stage == Stage.DISCHARGED && index == count - 1)) {
            return Slot.ATTENDED; // treatment starts, and a finished course ends, with an attended session
        }
        double roll = r.nextDouble();
        if (Slot.ONLINE_REVIEW.equals(kind)) {
            return roll < 0.92 ? Slot.ATTENDED : Slot.CANCELLED; // the patient is not present at a review
        }
        return roll < 0.85 ? Slot.ATTENDED : roll < 0.93 ? Slot.DID_NOT_ATTEND : Slot.CANCELLED;
    }
}
