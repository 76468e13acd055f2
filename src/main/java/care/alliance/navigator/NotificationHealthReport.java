package care.alliance.navigator;

import java.time.ZoneId;
import java.util.List;
import java.util.function.ToIntFunction;

/** A patient's reminders day by day, oldest day first, with the totals the summary states. */
public record NotificationHealthReport(long patientId, ZoneId zone, List<NotificationHealthDay> days) {

    public int expected() {
        return sum(NotificationHealthDay::expected);
    }

    public int delivered() {
        return sum(NotificationHealthDay::delivered);
    }

    public int deliveries() {
        return sum(NotificationHealthDay::deliveries);
    }

    public int duplicates() {
        return sum(NotificationHealthDay::duplicates);
    }

    public int opened() {
        return sum(NotificationHealthDay::opened);
    }

    public List<NotificationHealthDay> silentDays() {
        return days.stream().filter(NotificationHealthDay::silent).toList();
    }

    /** Some days' expectations are the programme's own SCHEDULED reports (no schedule agreed then). */
    public boolean anyExpectedFromProgramme() {
        return days.stream().anyMatch(NotificationHealthDay::expectedFromProgramme);
    }

    private int sum(ToIntFunction<NotificationHealthDay> value) {
        return days.stream().mapToInt(value).sum();
    }
}
