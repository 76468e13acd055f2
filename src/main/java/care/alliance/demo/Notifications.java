package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The life of a push notification as the programme reports it: SCHEDULED, then DELIVERED, then
 * perhaps OPENED or DISMISSED. The two broken cases of the demo live here: a storm re-delivers the
 * same notification in bursts through the day (duplicates within minutes, far beyond the schedule),
 * and a silent device never reports a delivery.
 */
final class Notifications {

    static final String MOOD_REMINDER = "MOOD_REMINDER";
    static final String ACTIVITY_REMINDER = "ACTIVITY_REMINDER";
    static final String MESSAGE_ALERT = "MESSAGE_ALERT";
    /** Minutes after the first burst at which a storming device fires again. */
    private static final int[] STORM_BURSTS = {0, 47, 133, 211};

    private final DemoTables tables;
    private final LocalDate today;
    private long lastNotification;

    Notifications(DemoTables tables, LocalDate today) {
        this.tables = tables;
        this.today = today;
    }

    /** Schedules and (unless the device is silent) delivers; returns the delivery time, or null. */
    LocalDateTime send(PatientContext p, String kind, LocalDateTime at, LocalDate day, String outcome,
            LocalDateTime outcomeAt) {
        String id = "notif-" + (++lastNotification);
        event(p, at, id, kind, "SCHEDULED");
        if (p.cast().silentOn(day, today)) {
            return null;
        }
        LocalDateTime delivered = at.plusSeconds(between(p.random(), 1, 40));
        if (kind.equals(MOOD_REMINDER) && p.cast().stormOn(day, today)) {
            storm(p, id, kind, delivered);
        } else {
            event(p, delivered, id, kind, "DELIVERED");
        }
        if (outcome != null) {
            event(p, outcomeAt.isAfter(delivered) ? outcomeAt : delivered.plusSeconds(30), id, kind, outcome);
        }
        return delivered;
    }

    private void storm(PatientContext p, String id, String kind, LocalDateTime first) {
        for (int burst : STORM_BURSTS) {
            LocalDateTime at = first.plusMinutes(burst);
            for (int copy = between(p.random(), 3, 5); copy > 0; copy--) {
                event(p, at, id, kind, "DELIVERED");
                at = at.plusSeconds(between(p.random(), 20, 70));
            }
        }
    }

    private void event(PatientContext p, LocalDateTime at, String notificationId, String kind, String status) {
        tables.notification.add(tables.notification.nextEventId(), p.patientId(), at, notificationId, kind, status);
    }
}
