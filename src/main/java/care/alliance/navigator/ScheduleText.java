package care.alliance.navigator;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The words for a schedule's days, shared by the page, the history and the confirmation. */
public final class ScheduleText {

    private ScheduleText() {
    }

    public static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "every day";
        }
        if (days.isEmpty()) {
            return "no days";
        }
        return Arrays.stream(DayOfWeek.values()).filter(days::contains).map(ScheduleText::day)
                .collect(Collectors.joining(", "));
    }

    /** "Mon", "Tue", ...; the plan API uses the upper-case form. */
    public static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.UK);
    }
}
