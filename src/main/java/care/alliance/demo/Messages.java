package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;
import static care.alliance.demo.DemoTime.minute;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Messages both ways. The patient writes now and then; the PWP reads most within a day, but the
 * last few days' messages are often still unread. After each online review the PWP's written
 * feedback reaches the patient as a MESSAGE_ALERT. The demo's problem patients say what is wrong.
 */
final class Messages {

    private static final List<String> TEXTS = List.of("Thanks for the feedback on my diary.",
            "I found the thought record hard this week.", "Could we move Thursday's session?",
            "Had a better week, managed two of my planned activities.", "Feeling quite low since Sunday.",
            "I finished the behavioural activation module.", "Is it normal to feel worse before better?",
            "Work has been really busy, sorry I missed some ratings.");

    private final DemoTables tables;
    private final Notifications notifications;
    private final LocalDate today;
    private final LocalDateTime startOfToday;

    Messages(DemoTables tables, Notifications notifications, LocalDate today) {
        this.tables = tables;
        this.notifications = notifications;
        this.today = today;
        this.startOfToday = DemoTime.utc(today, 0);
    }

    void write(PatientContext p) {
        for (LocalDate day = p.plan().activeFrom(); day.isBefore(p.plan().activeUntil()); day = day.plusDays(1)) {
            if (!p.away(day, today) && chance(p.random(), 0.08)) {
                message(p, DemoTime.utc(day, between(p.random(), minute(8, 0), minute(22, 0))),
                        TEXTS.get(p.random().nextInt(TEXTS.size())));
            }
        }
        for (Slot slot : p.plan().slots()) {
            if (Slot.ONLINE_REVIEW.equals(slot.kind()) && slot.attended()) {
                LocalDateTime at = slot.startUtc().plusMinutes(Slot.MINUTES);
                notifications.send(p, Notifications.MESSAGE_ALERT, at, slot.day(),
                        chance(p.random(), 0.7) ? "OPENED" : null, at.plusMinutes(between(p.random(), 20, 400)));
            }
        }
        String complaint = switch (p.cast()) {
            case REMINDER_STORM -> "The app keeps buzzing me with the same reminder, five times in a row. Can it stop?";
            case REMINDERS_STOPPED -> "I haven't had any reminders this week - has something changed?";
            case LOGIN_LOCKED -> "I've been locked out of the app after getting my password wrong.";
            default -> null;
        };
        if (complaint != null) {
            message(p, DemoTime.utc(today.minusDays(1), minute(21, 15)), complaint);
        }
    }

    /** Read within a day or so, unless that would be today or later: then it is still unread. */
    private void message(PatientContext p, LocalDateTime at, String text) {
        LocalDateTime readAt = at.plusMinutes(between(p.random(), 30, 36 * 60));
        boolean unread = readAt.isAfter(startOfToday.minusHours(1)) || chance(p.random(), 0.03);
        tables.message.add(tables.message.nextEventId(), p.patientId(), at, text, unread ? null : readAt);
    }
}
