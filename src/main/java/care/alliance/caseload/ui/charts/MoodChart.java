package care.alliance.caseload.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import care.alliance.caseload.DailyMood;
import care.alliance.shared.ui.DisplayTime;

/**
 * The daily mood chart and its summary (H14): one point per day, a day without a rating is
 * {@code null} so ECharts leaves a gap (and {@code connectNulls} is off, so it never bridges it),
 * and symbols are drawn so a rated day between two gaps still shows.
 */
public final class MoodChart {

    private MoodChart() {
    }

    public static Map<String, Object> option(DailyMood mood) {
        List<String> days = mood.days().stream().map(day -> ChartText.day(day.date())).toList();
        List<Double> means = new ArrayList<>(); // nulls are the point: List.of refuses them
        mood.days().forEach(day -> means.add(day.rated() ? ChartText.round(day.mean()) : null));
        return Map.of(
                "aria", Map.of("enabled", true, "label", Map.of("description", summary(mood))),
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("containLabel", true, "left", 8, "right", 16, "bottom", 8),
                "xAxis", Map.of("type", "category", "name", "Day", "data", days, "boundaryGap", false),
                "yAxis", Map.of("type", "value", "name", "Mood (1–10)", "min", 1, "max", 10, "interval", 1,
                        "nameTextStyle", Map.of("align", "left")),
                "series", List.of(Map.of("type", "line", "name", "Daily mood", "data", means,
                        "connectNulls", false, "showSymbol", true, "symbolSize", 7)));
    }

    public static String summary(DailyMood mood) {
        if (mood.latest() == null) {
            return "Mood, last " + mood.days().size() + " days: no ratings.";
        }
        DailyMood.Day lowest = mood.lowest().orElseThrow();
        return "Mood, last %d days: rated on %d of %d days; mean %s; lowest %s on %s; latest %d on %s.".formatted(
                mood.days().size(), mood.daysRated(), mood.days().size(), ChartText.number(mood.mean().orElseThrow()),
                ChartText.number(lowest.mean()), ChartText.day(lowest.date()), mood.latest().score(),
                DisplayTime.dateTime(mood.latest().occurredAt()));
    }
}
