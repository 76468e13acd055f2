package care.alliance.navigator.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import care.alliance.navigator.NotificationHealthDay;
import care.alliance.navigator.NotificationHealthReport;
import care.alliance.shared.ui.DisplayTime;

/**
 * The notification health chart and its summary (H14): grouped bars per day for expected, delivered,
 * opened and duplicate deliveries, with a labelled count axis. A silent day is named in the day's axis
 * label ("SILENT") and in the summary, never by colour alone; days whose expectation is the programme's
 * own report are marked "*" and the summary says so.
 */
final class NotificationHealthChart {


    private NotificationHealthChart() {
    }

    static Map<String, Object> option(NotificationHealthReport report) {
        List<String> days = report.days().stream().map(NotificationHealthChart::label).toList();
        return Map.of(
                "aria", Map.of("enabled", true, "label", Map.of("description", summary(report))),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("containLabel", true, "left", 8, "right", 16, "bottom", 8, "top", 40),
                "xAxis", Map.of("type", "category", "name", "Day", "data", days,
                        "axisLabel", Map.of("interval", 0, "rotate", 45)),
                "yAxis", Map.of("type", "value", "name", "Notifications", "minInterval", 1),
                "series", List.of(series("Expected", report, NotificationHealthDay::expected),
                        series("Delivered (distinct)", report, NotificationHealthDay::delivered),
                        series("Opened", report, NotificationHealthDay::opened),
                        series("Duplicate deliveries", report, NotificationHealthDay::duplicates)));
    }

    static String summary(NotificationHealthReport report) {
        List<NotificationHealthDay> silent = report.silentDays();
        String text = "Last %d days: %d reminders expected, %d deliveries of %d reminders (%d duplicates), %d opened, %s."
                .formatted(report.days().size(), report.expected(), report.deliveries(), report.delivered(),
                        report.duplicates(), report.opened(), silent.isEmpty() ? "0 silent days"
                                : silent.size() + " silent day" + (silent.size() == 1 ? "" : "s") + " (reminders due,"
                                        + " none delivered): " + silent.stream().map(d -> day(d.date()))
                                                .collect(Collectors.joining(", ")));
        if (report.anyExpectedFromProgramme()) {
            text += " Days marked * had no agreed schedule: their expected count is what the programme reported"
                    + " as scheduled.";
        }
        return text;
    }

    private static Map<String, Object> series(String name, NotificationHealthReport report,
            Function<NotificationHealthDay, Integer> value) {
        return Map.of("type", "bar", "name", name, "data", report.days().stream().map(value).toList());
    }

    private static String label(NotificationHealthDay day) {
        return day(day.date()) + (day.expectedFromProgramme() ? "*" : "") + (day.silent() ? " SILENT" : "");
    }

    private static String day(LocalDate date) {
        return DisplayTime.day(date);
    }
}
