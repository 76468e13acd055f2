package care.alliance.timebudget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import care.alliance.timebudget.BudgetWeek;
import care.alliance.timebudget.Capacity;
import care.alliance.timebudget.TimeKind;

/** The chart says over-budget weeks in words (H14) and draws the capacity as a labelled series of its own. */
class BudgetChartTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Capacity CAPACITY = new Capacity(1350, 20, 20);

    @Test
    void overBudgetWeeksAreNamedInTheAxisAndTheSummary() {
        BudgetWeek over = new BudgetWeek(1, MONDAY, 168, CAPACITY, 14,
                Map.of(TimeKind.FACE_TO_FACE, 1140, TimeKind.ONLINE_REVIEW, 150, TimeKind.DIGEST_REVIEW, 100), 40);
        BudgetWeek under = new BudgetWeek(1, MONDAY.plusWeeks(1), 168, CAPACITY, 1, Map.of(), 0);

        Map<String, Object> option = BudgetChart.option(List.of(over, under), MONDAY);
        String summary = BudgetChart.summary(List.of(over, under), MONDAY);

        assertThat(((Map<?, ?>) option.get("xAxis")).get("data"))
                .isEqualTo(List.of("This week\n23 Nov\nOVER BUDGET", "Next week\n30 Nov"));
        List<?> series = (List<?>) option.get("series");
        assertThat(series.stream().map(s -> ((Map<?, ?>) s).get("name")).toList()).isEqualTo(List.of(
                "Face-to-face session", "Online review", "Digest / progress review", "Contracted clinical time"));
        assertThat(((Map<?, ?>) series.getLast()).get("data")).isEqualTo(List.of(22.5, 22.5));
        assertThat(summary).isEqualTo("Over budget: this week (23 Nov).\nThis week (from Mon 23 Nov): 23 h 10 of 22 h 30"
                + " planned (103%); 14 contacts of 20; uncounted blended work 4 h 10 (online review 2 h 30, digest /"
                + " progress review 1 h 40); most time: face-to-face session 19 h 00; includes 40 min of expected review"
                + " work; over budget by 40 min.\nNext week (from Mon 30 Nov): 0 min of 22 h 30 planned (0%); 1 contact"
                + " of 20; uncounted blended work 0 min.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void twelveWeeksHaveShortAxisLabelsAndTheCapacityLabelledWhereItChanges() {
        List<BudgetWeek> weeks = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Capacity capacity = i < 5 ? CAPACITY : new Capacity(750, 20, 20);
            weeks.add(new BudgetWeek(1, MONDAY.minusWeeks(9 - i), 168, capacity, 0,
                    Map.of(TimeKind.SUPERVISION, i == 6 ? 800 : 60), 0));
        }

        Map<String, Object> option = BudgetChart.option(weeks, MONDAY);

        List<String> labels = (List<String>) ((Map<?, ?>) option.get("xAxis")).get("data");
        assertThat(labels).hasSize(12).startsWith("21 Sept", "28 Sept");
        assertThat(labels.get(6)).isEqualTo("2 Nov\nOVER");
        assertThat(labels.get(9)).isEqualTo("This week");
        List<Map<String, Object>> capacity = (List<Map<String, Object>>) ((Map<?, ?>) ((List<?>) option.get("series"))
                .getLast()).get("data");
        assertThat(capacity.stream().map(point -> (Boolean) ((Map<?, ?>) point.get("label")).get("show")).toList())
                .containsExactly(true, false, false, false, false, true, false, false, false, false, false, false);
        assertThat(capacity.get(5).get("value")).isEqualTo(12.5);
    }

    @Test
    void noContractedTimeHasNoPercentage() {
        BudgetWeek none = new BudgetWeek(1, MONDAY, 168, new Capacity(0, 0, 0), 0, Map.of(TimeKind.ADMIN, 30), 0);
        assertThat(BudgetChart.week(none, MONDAY.minusWeeks(2))).isEqualTo("In 2 weeks (from Mon 23 Nov): 30 min of"
                + " 0 min planned; 0 contacts of 0; uncounted blended work 0 min; most time: admin 30 min; over budget"
                + " by 30 min.");
    }
}
