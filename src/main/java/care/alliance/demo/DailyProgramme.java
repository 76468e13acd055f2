package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;
import static care.alliance.demo.DemoTime.minute;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A patient's days in the app: the daily mood reminder, the mood rating it prompts (or not: missed
 * days and a multi-day gap), and the logins around it, a few of them failing. Ordinary patients
 * fail at most once a day, so only the locked-out demo patient reaches the three-in-24-hours rule.
 */
final class DailyProgramme {

    private static final int[] REMINDER_TIMES = {minute(8, 30), minute(12, 30), minute(19, 0), minute(20, 0)};

    private final DemoTables tables;
    private final Notifications notifications;
    private final LocalDate today;
    private final int programmeDays;

    DailyProgramme(DemoTables tables, Notifications notifications, LocalDate today, int weeks) {
        this.tables = tables;
        this.notifications = notifications;
        this.today = today;
        this.programmeDays = weeks * 7;
    }

    void write(PatientContext p) {
        int reminderAt = REMINDER_TIMES[p.random().nextInt(REMINDER_TIMES.length)];
        for (LocalDate day = p.plan().activeFrom(); day.isBefore(p.plan().activeUntil()); day = day.plusDays(1)) {
            LocalDateTime reminder = DemoTime.utc(day, reminderAt);
            boolean away = p.away(day, today);
            boolean rates = !away && chance(p.random(), p.adherence());
            boolean prompted = rates && chance(p.random(), 0.6);
            LocalDateTime ratedAt = prompted ? reminder.plusMinutes(between(p.random(), 2, 25))
                    : DemoTime.utc(day, between(p.random(), minute(7, 30), minute(22, 30)));
            String outcome = prompted ? "OPENED" : chance(p.random(), 0.5) ? "DISMISSED" : null;
            notifications.send(p, Notifications.MOOD_REMINDER, reminder, day, outcome, ratedAt.minusMinutes(1));
            if (rates) {
                double progress = ChronoUnit.DAYS.between(p.plan().assessedOn(), day) / (double) programmeDays;
                tables.mood.add(tables.mood.nextEventId(), p.patientId(), ratedAt,
                        p.trajectory().mood(progress, p.random()));
                if (chance(p.random(), 0.35)) {
                    login(p, ratedAt.minusMinutes(between(p.random(), 2, 5)));
                }
            } else if (!away && chance(p.random(), 0.1)) {
                login(p, DemoTime.utc(day, between(p.random(), minute(8, 0), minute(21, 0))));
            }
        }
        if (p.cast() == DemoCast.LOGIN_LOCKED) {
            lockedOut(p, DemoTime.utc(today.minusDays(1), minute(17, 40)));
        }
    }

    /** A successful login, now and then after one mistyped password. */
    private void login(PatientContext p, LocalDateTime at) {
        if (chance(p.random(), 0.04)) {
            tables.login.add(tables.login.nextEventId(), p.patientId(), at.minusSeconds(between(p.random(), 20, 90)),
                    false, "BAD_PASSWORD");
        }
        tables.login.add(tables.login.nextEventId(), p.patientId(), at, true, null);
    }

    /** Five wrong passwords in a quarter of an hour; the programme locks the account on the fifth. */
    private void lockedOut(PatientContext p, LocalDateTime from) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            tables.login.add(tables.login.nextEventId(), p.patientId(), from.plusMinutes(3L * attempt), false,
                    attempt < 5 ? "BAD_PASSWORD" : "ACCOUNT_LOCKED");
        }
    }
}
