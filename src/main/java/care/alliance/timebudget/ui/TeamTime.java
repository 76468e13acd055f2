package care.alliance.timebudget.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import care.alliance.timebudget.BudgetWeek;
import care.alliance.timebudget.TeamBudget;

/**
 * The words and the chart option of the manager's team view (H14: over budget is said in words, the
 * colour only repeats it). Pure, so the texts are tested without a browser.
 */
final class TeamTime {

    static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private TeamTime() {
    }

    static long percent(BudgetWeek week) {
        int capacity = week.capacity().clinicalMinutes();
        if (capacity == 0) {
            return week.loadMinutes() == 0 ? 0 : 999;
        }
        return Math.round(100.0 * week.loadMinutes() / capacity);
    }

    static String hours(int minutes) {
        return String.format(Locale.UK, "%.1f", minutes / 60.0);
    }

    /** "Over: 112% (25.2 of 22.5 h)" or "84% (18.9 of 22.5 h)". */
    static String cell(BudgetWeek week) {
        String load = hours(week.loadMinutes()) + " of " + hours(week.capacity().clinicalMinutes()) + " h";
        if (week.capacity().clinicalMinutes() == 0 && week.loadMinutes() > 0) {
            return "Over: no clinical hours (" + load + ")";
        }
        return (week.overBudget() ? "Over: " : "") + percent(week) + "% (" + load + ")";
    }

    static String weekLabel(LocalDate monday, LocalDate thisMonday) {
        return "w/c " + WEEK.format(monday) + (monday.equals(thisMonday) ? " (this week)" : "");
    }

    /** "2 of 8 PWPs over budget this week (w/c 23 Nov): Sam Jones (118%), Alex Smith (104%)." */
    static String summary(TeamBudget team, int thisWeek) {
        LocalDate monday = team.mondays().get(thisWeek);
        List<TeamBudget.Row> over = team.rows().stream().filter(r -> r.weeks().get(thisWeek).overBudget())
                .sorted((a, b) -> Long.compare(percent(b.weeks().get(thisWeek)), percent(a.weeks().get(thisWeek))))
                .toList();
        int pwps = team.rows().size();
        String when = " this week (w/c " + WEEK.format(monday) + ")";
        if (pwps == 0) {
            return "No PWPs in this service yet.";
        }
        if (over.isEmpty()) {
            return "0 of " + pwps + " PWPs over budget" + when + ".";
        }
        return over.size() + " of " + pwps + " PWP" + (pwps == 1 ? "" : "s") + " over budget" + when + ": "
                + over.stream().map(r -> r.displayName() + " (" + percent(r.weeks().get(thisWeek)) + "%)")
                        .collect(Collectors.joining(", ")) + ".";
    }

    static int teamLoad(TeamBudget team, int week) {
        return team.rows().stream().mapToInt(r -> r.weeks().get(week).loadMinutes()).sum();
    }

    static int teamCapacity(TeamBudget team, int week) {
        return team.rows().stream().mapToInt(r -> r.weeks().get(week).capacity().clinicalMinutes()).sum();
    }

    /** The trend's text: team totals now and over the weeks, and every PWP over budget with the weeks. */
    static String trendSummary(TeamBudget team, int thisWeek) {
        int n = team.mondays().size();
        StringBuilder text = new StringBuilder("Team load against capacity over " + n + " weeks from w/c "
                + WEEK.format(team.mondays().getFirst()) + ": this week " + hours(teamLoad(team, thisWeek)) + " of "
                + hours(teamCapacity(team, thisWeek)) + " hours.");
        List<String> over = new ArrayList<>();
        for (TeamBudget.Row row : team.rows()) {
            List<String> weeks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (row.weeks().get(i).overBudget()) {
                    weeks.add(WEEK.format(team.mondays().get(i)));
                }
            }
            if (!weeks.isEmpty()) {
                over.add(row.displayName() + " (w/c " + String.join(", ", weeks) + ")");
            }
        }
        text.append(over.isEmpty() ? " No PWP was over budget in any of these weeks."
                : " Over budget: " + String.join("; ", over) + ".");
        return text.toString();
    }

    static Map<String, Object> trendOption(TeamBudget team, LocalDate thisMonday, String summary) {
        int n = team.mondays().size();
        List<String> labels = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        List<String> capacities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final int week = i;
            long over = team.rows().stream().filter(r -> r.weeks().get(week).overBudget()).count();
            labels.add(weekLabel(team.mondays().get(i), thisMonday) + (over > 0 ? "\n" + over + " over" : ""));
            loads.add(hours(teamLoad(team, i)));
            capacities.add(hours(teamCapacity(team, i)));
        }
        return Map.of(
                "aria", Map.of("enabled", true, "label", Map.of("description", summary)),
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("containLabel", true, "left", 8, "right", 16, "bottom", 8, "top", 40),
                "xAxis", Map.of("type", "category", "name", "Week", "data", labels,
                        "axisLabel", Map.of("interval", 0, "rotate", 30)),
                "yAxis", Map.of("type", "value", "name", "Hours"),
                "series", List.of(
                        Map.of("type", "bar", "name", "Team load (hours)", "data", loads),
                        Map.of("type", "line", "name", "Team capacity (hours)", "data", capacities,
                                "lineStyle", Map.of("type", "dashed"), "symbol", "rect")));
    }
}
