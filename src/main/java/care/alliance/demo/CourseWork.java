package care.alliance.demo;

import static care.alliance.demo.DemoTime.between;
import static care.alliance.demo.DemoTime.chance;
import static care.alliance.demo.DemoTime.minute;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The therapeutic work in the programme: the four mandatory modules in the protocol's order, now
 * and then an optional one, and from behavioural activation on a diary of planned activities with
 * their reminders. Module windows stretch with the programme's length (12 weeks by default); a less
 * adherent patient stalls part-way through a module, which is what the stuck-module rule looks for.
 */
final class CourseWork {

    static final List<String> MANDATORY = List.of("PSYCHOEDUCATION", "BEHAVIOURAL_ACTIVATION",
            "COGNITIVE_RESTRUCTURING", "RELAPSE_PREVENTION");
    static final List<String> OPTIONAL = List.of("PHYSICAL_EXERCISE", "PROBLEM_SOLVING");
    private static final int[] STEPS = {10, 25, 50, 75, 100};
    private static final List<String> ACTIVITIES = List.of("Walk round the park", "Call my sister",
            "Swim at the leisure centre", "Cook a proper dinner", "Coffee with a friend", "Tidy the kitchen",
            "Go to the library", "Garden for half an hour", "Take the dog out", "Bake bread", "Cycle to work",
            "Visit mum", "Play guitar", "Go to the allotment", "Watch the football with Dave");

    private final DemoTables tables;
    private final Notifications notifications;
    private final LocalDate today;
    private final double scale;

    CourseWork(DemoTables tables, Notifications notifications, LocalDate today, int weeks) {
        this.tables = tables;
        this.notifications = notifications;
        this.today = today;
        this.scale = weeks / 12.0;
    }

    void write(PatientContext p) {
        LocalDate anchor = p.plan().treatmentAnchor();
        for (int i = 0; i < MANDATORY.size(); i++) {
            // psychoeducation opens in the week before treatment; each later module follows on
            module(p, MANDATORY.get(i), anchor.plusDays(i == 0 ? -7 : weeks(7 + 21 * (i - 1))), weeks(21));
        }
        if (chance(p.random(), 0.3)) {
            module(p, OPTIONAL.get(p.random().nextInt(OPTIONAL.size())), anchor.plusDays(weeks(21)), weeks(28));
        }
        diary(p, anchor.plusDays(weeks(14)));
    }

    private long weeks(int days) {
        return Math.round(days * scale);
    }

    /** Progress steps spread over the module's window; only days the patient was active count. */
    private void module(PatientContext p, String module, LocalDate start, long length) {
        int reach = p.adherence() >= 0.75 ? STEPS.length : between(p.random(), 1, STEPS.length);
        for (int step = 0; step < reach; step++) {
            LocalDate day = start.plusDays(length * (step + 1) / STEPS.length);
            if (active(p, day)) {
                tables.module.add(tables.module.nextEventId(), p.patientId(),
                        DemoTime.utc(day, between(p.random(), minute(18, 0), minute(22, 0))), module, STEPS[step]);
            }
        }
    }

    /** Behavioural activation: a few activities a week, each with a reminder half an hour before. */
    private void diary(PatientContext p, LocalDate from) {
        for (LocalDate day = from; day.isBefore(p.plan().activeUntil()); day = day.plusDays(1)) {
            if (!active(p, day) || !chance(p.random(), 0.4)) {
                continue;
            }
            LocalDateTime at = DemoTime.utc(day, between(p.random(), minute(10, 0), minute(17, 0)));
            String activity = ACTIVITIES.get(p.random().nextInt(ACTIVITIES.size()));
            tables.diary.add(tables.diary.nextEventId(), p.patientId(), at, activity, "PLANNED");
            boolean done = chance(p.random(), p.adherence() * 0.8);
            notifications.send(p, Notifications.ACTIVITY_REMINDER, at.minusMinutes(30), day,
                    done ? "OPENED" : "DISMISSED", at.minusMinutes(between(p.random(), 5, 25)));
            if (done) {
                tables.diary.add(tables.diary.nextEventId(), p.patientId(),
                        at.plusMinutes(between(p.random(), 30, 120)), activity, "COMPLETED");
            }
        }
    }

    private boolean active(PatientContext p, LocalDate day) {
        return !day.isBefore(p.plan().activeFrom()) && day.isBefore(p.plan().activeUntil()) && !p.away(day, today);
    }
}
