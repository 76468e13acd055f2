package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import care.alliance.timebudget.BudgetWeek;
import care.alliance.timebudget.TimeKind;

/**
 * The PWP's budget chart and its summary (H14): per week a stacked bar of planned load by kind (what
 * is driving it) in hours, against the contracted clinical time as a labelled series of its own. An
 * over-budget week says so in its axis label and in the summary, never by colour alone; bars carry
 * decal patterns as well as colours.
 */
final class BudgetChart {

    static final String OVER = "OVER BUDGET";
    static final String OVER_SHORT = "OVER";
    /** Up to this many weeks each axis label says the relative week and the date. */
    static final int COMPACT_AFTER = 4;

    private BudgetChart() {
    }

    static Map<String, Object> option(List<BudgetWeek> weeks, LocalDate thisMonday) {
        // a PWP's three weeks have room for "Next week / 30 Nov / OVER BUDGET"; a manager's twelve do not
        boolean many = weeks.size() > COMPACT_AFTER;
        List<String> labels = weeks.stream().map(w -> many
                ? (w.monday().equals(thisMonday) ? "This week" : TimeText.shortDay(w.monday()))
                        + (w.overBudget() ? "\n" + OVER_SHORT : "")
                : TimeText.relative(w.monday(), thisMonday) + "\n" + TimeText.shortDay(w.monday())
                        + (w.overBudget() ? "\n" + OVER : "")).toList();
        List<Object> series = new ArrayList<>();
        for (TimeKind kind : TimeKind.values()) {
            if (weeks.stream().anyMatch(w -> w.minutes(kind) > 0)) {
                series.add(Map.of("type", "bar", "stack", "load", "name", kind.label(),
                        "data", weeks.stream().map(w -> hours(w.minutes(kind))).toList()));
            }
        }
        series.add(Map.of("type", "line", "name", "Contracted clinical time", "symbol", "diamond",
                "symbolSize", 12, "lineStyle", Map.of("type", "dashed", "width", 2),
                "label", Map.of("show", true, "position", "top", "formatter", "{c} h capacity"),
                "data", capacityPoints(weeks, many)));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("aria", Map.of("enabled", true, "decal", Map.of("show", true),
                "label", Map.of("description", summary(weeks, thisMonday))));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("containLabel", true, "left", 8, "right", 16, "top", 40, "bottom", 48));
        option.put("xAxis", Map.of("type", "category", "data", labels,
                "axisLabel", Map.of("interval", 0, "lineHeight", 16, "fontWeight", "bold")));
        option.put("yAxis", Map.of("type", "value", "name", "Hours", "nameTextStyle", Map.of("align", "left")));
        option.put("series", series);
        return option;
    }

    /** The over-budget weeks, then one line per week. */
    static String summary(List<BudgetWeek> weeks, LocalDate thisMonday) {
        List<String> over = weeks.stream().filter(BudgetWeek::overBudget)
                .map(w -> TimeText.relative(w.monday(), thisMonday).toLowerCase() + " (" + TimeText.shortDay(w.monday())
                        + ")").toList();
        StringBuilder text = new StringBuilder(over.isEmpty() ? "No week over budget."
                : "Over budget: " + String.join(", ", over) + ".");
        for (BudgetWeek week : weeks) {
            text.append('\n').append(week(week, thisMonday));
        }
        return text.toString();
    }

    static String week(BudgetWeek week, LocalDate thisMonday) {
        int capacity = week.capacity().clinicalMinutes();
        StringBuilder text = new StringBuilder(TimeText.relative(week.monday(), thisMonday) + " (from "
                + TimeText.day(week.monday()) + "): " + TimeText.minutes(week.loadMinutes()) + " of "
                + TimeText.minutes(capacity) + " planned");
        if (capacity > 0) {
            text.append(" (").append(Math.round(week.loadMinutes() * 100.0 / capacity)).append("%)");
        }
        text.append("; ").append(week.contacts()).append(week.contacts() == 1 ? " contact of " : " contacts of ").append(week.capacity().contactTarget());
        text.append("; uncounted blended work ").append(TimeText.minutes(week.uncountedMinutes()));
        String uncounted = week.drivers().stream().filter(TimeKind::isUncounted)
                .map(k -> k.label().toLowerCase() + " " + TimeText.minutes(week.minutes(k)))
                .collect(Collectors.joining(", "));
        if (!uncounted.isEmpty()) {
            text.append(" (").append(uncounted).append(')');
        }
        if (!week.drivers().isEmpty()) {
            TimeKind top = week.drivers().getFirst();
            text.append("; most time: ").append(top.label().toLowerCase()).append(' ')
                    .append(TimeText.minutes(week.minutes(top)));
        }
        if (week.estimatedMinutes() > 0) {
            text.append("; includes ").append(TimeText.minutes(week.estimatedMinutes()))
                    .append(" of expected review work");
        }
        if (week.overBudget()) {
            text.append("; over budget by ").append(TimeText.minutes(week.loadMinutes() - capacity));
        }
        return text.append('.').toString();
    }

    /** Few weeks: a labelled value each. Many: the label only where the capacity starts or changes. */
    private static List<Object> capacityPoints(List<BudgetWeek> weeks, boolean many) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            double value = hours(weeks.get(i).capacity().clinicalMinutes());
            boolean changed = i == 0 || weeks.get(i - 1).capacity().clinicalMinutes() != weeks.get(i).capacity()
                    .clinicalMinutes();
            points.add(!many ? value : Map.of("value", value, "label", Map.of("show", changed)));
        }
        return points;
    }

    private static double hours(int minutes) {
        return Math.round(minutes / 60.0 * 100) / 100.0;
    }
}
