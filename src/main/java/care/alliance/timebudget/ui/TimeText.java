package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import care.alliance.shared.ui.DisplayTime;

/** How the time views say minutes and days: "21 h 30", "45 min", "Mon 23 Nov". */
final class TimeText {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private TimeText() {
    }

    static String minutes(int minutes) {
        if (minutes < 60) {
            return minutes + " min";
        }
        return "%d h %02d".formatted(minutes / 60, minutes % 60);
    }

    static String day(LocalDate day) {
        return DisplayTime.day(day);
    }

    static String shortDay(LocalDate day) {
        return SHORT.format(day);
    }

    /** "This week", "Next week", "In 2 weeks", "Last week", "3 weeks ago". */
    static String relative(LocalDate monday, LocalDate thisMonday) {
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(thisMonday, monday);
        if (weeks == 0) {
            return "This week";
        }
        if (weeks == 1) {
            return "Next week";
        }
        if (weeks == -1) {
            return "Last week";
        }
        return weeks > 0 ? "In " + weeks + " weeks" : -weeks + " weeks ago";
    }
}
