package care.alliance.navigator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.navigator.internal.NotificationEvents;
import care.alliance.navigator.internal.ScheduleTable;
import care.alliance.patients.PatientService;

/**
 * Are a patient's reminders arriving (clinical.md §5, "notifications not arriving / too many")? Expected
 * against delivered, duplicated and opened, per day over the last {@link #DAYS} days in the service's
 * zone (H07). Read by the patient's navigators, PWP and manager, scoped and audited through
 * {@link PatientService#requireAccess} (H02, H13). Two statements whatever the window: the schedule's
 * versions (with the zone) and the window's events.
 */
@Service
public class NotificationHealth {

    public static final int DAYS = 14;

    private final ScheduleTable schedules;
    private final NotificationEvents events;
    private final PatientService patients;
    private final Clock clock;

    NotificationHealth(ScheduleTable schedules, NotificationEvents events, PatientService patients, Clock clock) {
        this.schedules = schedules;
        this.events = events;
        this.patients = patients;
        this.clock = clock;
    }

    /** The last {@link #DAYS} days up to and including today (today so far). */
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public NotificationHealthReport lastDays(long patientId) {
        return through(patientId, null);
    }

    /** {@link #DAYS} days ending with {@code lastDay} (service zone); null = today. */
    @PreAuthorize("hasAnyRole('NAVIGATOR', 'PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public NotificationHealthReport through(long patientId, LocalDate lastDay) {
        patients.requireAccess(patientId, "NOTIFICATION_HEALTH_READ");
        List<ScheduleTable.Row> rows = schedules.versions(patientId);
        ZoneId zone = rows.getFirst().zone();
        LocalDate last = lastDay == null ? LocalDate.now(clock.withZone(zone)) : lastDay;
        LocalDate first = last.minusDays(DAYS - 1L);
        List<NotificationEvents.Event> window = events.between(patientId, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        List<ReminderSchedule> versions = rows.stream().filter(row -> row.version() > 0)
                .map(ReminderSchedules::of).toList();
        return new NotificationHealthReport(patientId, zone, HealthCount.days(versions, window, zone, first, DAYS,
                clock.instant()));
    }
}
