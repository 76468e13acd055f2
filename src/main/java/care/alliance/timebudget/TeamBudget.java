package care.alliance.timebudget;

import java.time.LocalDate;
import java.util.List;

/** The manager's team view: every PWP of the service, the same weeks each, by PWP name. */
public record TeamBudget(List<LocalDate> mondays, List<Row> rows) {

    public TeamBudget {
        mondays = List.copyOf(mondays);
        rows = List.copyOf(rows);
    }

    public record Row(long pwpId, String displayName, List<BudgetWeek> weeks) {

        public Row {
            weeks = List.copyOf(weeks);
        }

        public long overBudgetWeeks() {
            return weeks.stream().filter(BudgetWeek::overBudget).count();
        }
    }
}
