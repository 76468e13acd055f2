package care.alliance.timebudget;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;

/**
 * The budget arithmetic of one PWP's week (issue #7), pure: the SQL only groups and sums rows, the
 * rules are here. Planned load is:
 * <ul>
 * <li>each BOOKED appointment starting in the week: a face-to-face or assessment session at its booked
 * minutes (FACE_TO_FACE); an online review at the service's review minutes (ONLINE_REVIEW), because the
 * PWP does it alone and the programme's slot length is a placeholder (the demo books every slot at
 * 30); plus the service's digest minutes (DIGEST_REVIEW) for reading its pre-session digest, which every
 * booked appointment gets (clinical.md §6). These two are the <em>expected review work</em>;</li>
 * <li>each ATTENDED appointment: its ledger entry's minutes and kind once captured (what the PWP
 * confirmed or corrected, nothing if rejected), else its booked minutes. An attended appointment plans
 * no digest minutes: the reading happened, and was measured as visits if it was done on screen;</li>
 * <li>every other ledger entry that counts (MANUAL, AUTO not rejected), including a confirmed entry whose
 * appointment was later recorded as not attended.</li>
 * </ul>
 * Contacts are BOOKED or ATTENDED face-to-face and assessment appointments: the patient is there. An
 * online review is not a contact, which is exactly why traditional targets missed it.
 */
public final class TimeBudget {

    /** Appointments of one kind and status in the week, grouped by their ledger entry's state and kind. */
    public record AppointmentLoad(AppointmentKind kind, AppointmentStatus status, EntryState entryState,
            TimeKind entryKind, int count, int bookedMinutes, int entryMinutes) {
    }

    /** Counted ledger entries of one kind in the week that are not an attended appointment's own. */
    public record EntryLoad(TimeKind kind, int minutes) {
    }

    private TimeBudget() {
    }

    public static BudgetWeek week(long pwpId, ServiceWeek week, Capacity capacity, BudgetSettings settings,
            List<AppointmentLoad> appointments, List<EntryLoad> entries) {
        Map<TimeKind, Integer> byKind = new EnumMap<>(TimeKind.class);
        int contacts = 0;
        int estimated = 0;
        for (AppointmentLoad a : appointments) {
            if (a.kind() != AppointmentKind.ONLINE_REVIEW) {
                contacts += a.count();
            }
            if (a.status() == AppointmentStatus.ATTENDED && a.entryState() != null) {
                if (a.entryState().counts()) {
                    byKind.merge(a.entryKind(), a.entryMinutes(), Integer::sum);
                }
            } else if (a.status() == AppointmentStatus.BOOKED && a.kind() == AppointmentKind.ONLINE_REVIEW) {
                byKind.merge(TimeKind.ONLINE_REVIEW, settings.reviewMinutes() * a.count(), Integer::sum);
                estimated += settings.reviewMinutes() * a.count();
            } else {
                byKind.merge(TimeKind.ofAppointment(a.kind()), a.bookedMinutes(), Integer::sum);
            }
            if (a.status() == AppointmentStatus.BOOKED) {
                byKind.merge(TimeKind.DIGEST_REVIEW, settings.digestMinutes() * a.count(), Integer::sum);
                estimated += settings.digestMinutes() * a.count();
            }
        }
        for (EntryLoad e : entries) {
            byKind.merge(e.kind(), e.minutes(), Integer::sum);
        }
        return new BudgetWeek(pwpId, week.monday(), week.hours(), capacity, contacts, byKind, estimated);
    }
}
