package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans an episode backwards from today so its stage holds: an in-treatment patient has attended
 * sessions behind and bookings within the next fortnight; a discharged one ended before today.
 * Sessions follow the blended protocol (clinical.md section 4): up to 11, weekly, alternating
 * face-to-face and online review. Stage dates are then read off the attended appointments.
 */
final class EpisodePlanner {

    static final int PROTOCOL_SESSIONS = 11;

    private final LocalDate today;
    private final int weeks;
    private final SessionCalendar calendar;

    EpisodePlanner(LocalDate today, int weeks) {
        this.today = today;
        this.weeks = weeks;
        this.calendar = new SessionCalendar(today);
    }

    EpisodePlan plan(Stage stage, SplittableRandom r, PwpDiary diary) {
        return switch (stage) {
            case WAITING -> waiting(r, diary);
            case ASSESSED -> assessed(r, diary);
            case IN_TREATMENT -> {
                int past = between(r, 1, Math.min(PROTOCOL_SESSIONS - 2, weeks - 1));
                LocalDate first = today.minusDays(7L * past - between(r, 1, 5));
                yield treated(stage, r, diary, first, PROTOCOL_SESSIONS, null);
            }
            case DISCHARGED -> {
                int sessions = between(r, 6, PROTOCOL_SESSIONS); // NICE 6-8, the protocol 11
                LocalDate first = today.minusDays(7L * (sessions - 1) + 2 + between(r, 0, weeks * 7));
                yield treated(stage, r, diary, first, sessions, null);
            }
            case DROPPED_OUT -> {
                LocalDate discharged = today.minusDays(between(r, 3, weeks * 7));
                LocalDate first = discharged.minusDays(between(r, 14, 28));
                int room = (int) (ChronoUnit.DAYS.between(first, discharged) - 2) / 7 + 1; // all before discharge
                yield treated(stage, r, diary, first, Math.min(between(r, 1, 3), room), discharged);
            }
        };
    }

    private EpisodePlan waiting(SplittableRandom r, PwpDiary diary) {
        LocalDate referred = today.minusDays(between(r, 1, 60));
        List<Slot> slots = new ArrayList<>();
        if (referred.isBefore(today.minusDays(14)) && chance(r, 0.2)) {
            slots.add(calendar.slot(Slot.ASSESSMENT, referred.plusDays(between(r, 7, 13)), r, diary,
                    Slot.DID_NOT_ATTEND));
        }
        if (chance(r, 0.5)) {
            slots.add(calendar.slot(Slot.ASSESSMENT, today.plusDays(between(r, 1, 13)), r, diary, Slot.BOOKED));
        }
        return new EpisodePlan(Stage.WAITING, referred, null, null, null, null, slots, null, null);
    }

    private EpisodePlan assessed(SplittableRandom r, PwpDiary diary) {
        Slot assessment = calendar.slot(Slot.ASSESSMENT, today.minusDays(between(r, 1, 21)), r, diary,
                Slot.ATTENDED);
        List<Slot> slots = new ArrayList<>(List.of(assessment));
        if (chance(r, 0.7)) {
            slots.add(calendar.slot(Slot.FACE_TO_FACE, today.plusDays(between(r, 1, 13)), r, diary, Slot.BOOKED));
        }
        LocalDate assessed = assessment.day();
        return new EpisodePlan(Stage.ASSESSED, referral(assessed, r), assessed, null, null, null, slots,
                assessed.plusDays(1), today);
    }

    /** Treatment from {@code first}; {@code droppedOutOn} non-null means the patient stopped coming. */
    private EpisodePlan treated(Stage stage, SplittableRandom r, PwpDiary diary, LocalDate first,
            int sessions, LocalDate droppedOutOn) {
        Slot assessment = calendar.slot(Slot.ASSESSMENT, first.minusDays(between(r, 7, 21)), r, diary,
                Slot.ATTENDED);
        List<Slot> slots = new ArrayList<>(List.of(assessment));
        slots.addAll(calendar.sessions(first, sessions, stage, r, diary));
        List<LocalDate> attended = slots.stream().filter(Slot::attendedTreatment).map(Slot::day).toList();
        LocalDate lastSession = slots.getLast().day();
        LocalDate discharged = switch (stage) {
            case DISCHARGED -> lastSession.plusDays(
                    between(r, 0, (int) Math.min(7, ChronoUnit.DAYS.between(lastSession, today) - 1)));
            case DROPPED_OUT -> droppedOutOn;
            default -> null;
        };
        // a patient who drops out stops using the programme soon after the last session
        LocalDate activeUntil = discharged == null ? today : earliest(discharged.plusDays(1),
                stage == Stage.DROPPED_OUT ? lastSession.plusDays(between(r, 2, 10)) : today);
        return new EpisodePlan(stage, referral(assessment.day(), r), assessment.day(),
                attended.isEmpty() ? null : attended.get(0), attended.size() < 2 ? null : attended.get(1),
                discharged, slots, assessment.day().plusDays(1), activeUntil);
    }

    private LocalDate earliest(LocalDate a, LocalDate b) {
        LocalDate earlier = a.isBefore(b) ? a : b;
        return earlier.isAfter(today) ? today : earlier;
    }

    /** Most referrals are assessed within six weeks; a tenth wait much longer (the 18-week standard). */
    private static LocalDate referral(LocalDate assessed, SplittableRandom r) {
        return assessed.minusDays(chance(r, 0.1) ? between(r, 43, 120) : between(r, 5, 35));
    }
}
