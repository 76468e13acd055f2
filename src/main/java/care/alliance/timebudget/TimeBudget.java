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
 *
 * <p>The inputs come without a join of appointments to entries (a join cost the team view ~100 ms per
 * 48,000 appointments): an attended appointment counts its booked minutes, and its captured entry
 * ({@link EntryLoad#linked()}) takes back what was captured and adds what counts. That equals "the
 * entry instead of the booking" because a captured entry mirrors its appointment: same PWP, the local
 * day of its start, {@code TimeKind.ofAppointment} of its kind and {@code captured_minutes} = its
 * minutes; {@code AppointmentCapture} writes them so and neither side ever changes them (appointments
 * change only their status, AUTO entries only their minutes and state). {@code BudgetLoadTest} checks
 * the result against a plain per-appointment join. Not covered: changing a service's time zone, or
 * moving PWPs between services of different zones, would leave captured entries dated in the old zone
 * (Alliance does neither; a tool that does must re-date them).
 */
public final class TimeBudget {

    /** Appointments of one kind and status in the week, by booked minutes. */
    public record AppointmentLoad(AppointmentKind kind, AppointmentStatus status, int count, int bookedMinutes) {
    }

    /**
     * Ledger entries of one kind and state (null for MANUAL) in the week. {@code linked}: captured from
     * an appointment that is still attended, so the appointment's booked minutes ({@code capturedMinutes})
     * give way to the entry's {@code minutes}.
     */
    public record EntryLoad(TimeKind kind, EntryState state, boolean linked, int minutes, int capturedMinutes) {

        /** A MANUAL entry's (or several's) minutes. */
        public static EntryLoad manual(TimeKind kind, int minutes) {
            return new EntryLoad(kind, null, false, minutes, 0);
        }

        boolean counts() {
            return state == null || state.counts();
        }
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
            if (a.status() == AppointmentStatus.BOOKED && a.kind() == AppointmentKind.ONLINE_REVIEW) {
                byKind.merge(TimeKind.ONLINE_REVIEW, settings.reviewMinutes() * a.count(), Integer::sum);
                estimated += settings.reviewMinutes() * a.count();
            } else { // booked sessions, and attended appointments until their captured entries say otherwise
                byKind.merge(TimeKind.ofAppointment(a.kind()), a.bookedMinutes(), Integer::sum);
            }
            if (a.status() == AppointmentStatus.BOOKED) {
                byKind.merge(TimeKind.DIGEST_REVIEW, settings.digestMinutes() * a.count(), Integer::sum);
                estimated += settings.digestMinutes() * a.count();
            }
        }
        for (EntryLoad e : entries) {
            int minutes = (e.counts() ? e.minutes() : 0) - (e.linked() ? e.capturedMinutes() : 0);
            byKind.merge(e.kind(), minutes, Integer::sum);
        }
        byKind.values().removeIf(minutes -> minutes == 0);
        return new BudgetWeek(pwpId, week.monday(), week.hours(), capacity, contacts, byKind, estimated);
    }
}
