package care.alliance.patients.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;

/**
 * The stage dates of an episode (clinical.md §3) as a pure function of its appointments: assessed on
 * the earliest attended assessment, first and second treatment on the first two attended treatment
 * sessions in start order. Recomputing from the whole set means outcomes recorded late, twice or out of
 * order always give the same dates. Days are the service's local days (H07): a session at 23:30 UTC in
 * British Summer Time happened on the next calendar day in London.
 */
public record StageDates(LocalDate assessedOn, LocalDate firstTreatmentOn, LocalDate secondTreatmentOn) {

    private static final Comparator<Appointment> START_ORDER =
            Comparator.comparing(Appointment::getStartAt).thenComparing(Appointment::getExternalId);

    public static StageDates of(List<Appointment> appointments, ZoneId zone) {
        List<Appointment> attended = appointments.stream()
                .filter(a -> a.getStatus() == AppointmentStatus.ATTENDED).sorted(START_ORDER).toList();
        LocalDate assessed = attended.stream().filter(a -> a.getKind() == AppointmentKind.ASSESSMENT)
                .findFirst().map(a -> localDate(a, zone)).orElse(null);
        List<LocalDate> treatment = attended.stream().filter(a -> a.getKind().isTreatmentSession())
                .limit(2).map(a -> localDate(a, zone)).toList();
        return new StageDates(assessed, treatment.isEmpty() ? null : treatment.get(0),
                treatment.size() < 2 ? null : treatment.get(1));
    }

    public static LocalDate localDate(Appointment appointment, ZoneId zone) {
        return appointment.getStartAt().atZone(zone).toLocalDate();
    }
}
