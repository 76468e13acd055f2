package care.alliance.navigator.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import care.alliance.navigator.IssueQueueFilter;
import care.alliance.navigator.IssueSeverity;
import care.alliance.navigator.QueueSort;
import care.alliance.navigator.TechnicalIssueCategory;

/** The queue's SQL: conditions from a filter (values as parameters only) and a whitelisted order. */
final class QueueSql {

    static final String FROM = """
            FROM technical_issue i
            JOIN patient p ON p.id = i.patient_id
            LEFT JOIN staff_user a ON a.id = i.assignee_id
            WHERE i.service_id = :service""";

    /** Severity is defined in Java ({@link IssueSeverity#of}); SQL gets it as a CASE built from that. */
    static final String SEVERITY = Arrays.stream(TechnicalIssueCategory.values())
            .map(c -> "WHEN '" + c.name() + "' THEN " + IssueSeverity.of(c).ordinal())
            .collect(Collectors.joining(" ", "(CASE i.category ", " END)"));

    private QueueSql() {
    }

    static String where(IssueQueueFilter filter, long me, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() == null) {
            conditions.add("i.status <> 'RESOLVED'");
        } else {
            conditions.add("i.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.category() != null) {
            conditions.add("i.category = :category");
            params.addValue("category", filter.category().name());
        }
        if (filter.source() != null) {
            conditions.add("i.source = :source");
            params.addValue("source", filter.source().name());
        }
        if (filter.assigned() == IssueQueueFilter.Assigned.TO_ME) {
            conditions.add("i.assignee_id = :me");
            params.addValue("me", me);
        } else if (filter.assigned() == IssueQueueFilter.Assigned.UNASSIGNED) {
            conditions.add("i.assignee_id IS NULL");
        }
        if (filter.search() != null) {
            conditions.add("(p.display_name LIKE :name ESCAPE '!' OR p.programme_id LIKE :prefix ESCAPE '!')");
            String literal = filter.search().replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.addValue("name", "%" + literal + "%").addValue("prefix", literal + "%");
        }
        return " AND " + String.join(" AND ", conditions);
    }

    /** Default: most severe first, then longest waiting. */
    static String orderBy(List<QueueSort.Order> sort) {
        List<String> parts = new ArrayList<>();
        for (QueueSort.Order order : sort.isEmpty() ? List.of(new QueueSort.Order(QueueSort.SEVERITY, true)) : sort) {
            String column = order.column() == QueueSort.AGE ? "i.opened_at" : SEVERITY;
            // age grows as opened_at falls: ascending age (youngest first) is opened_at descending
            boolean desc = order.descending() ^ (order.column() == QueueSort.AGE);
            parts.add(column + (desc ? " DESC" : " ASC"));
        }
        return " ORDER BY " + String.join(", ", parts) + ", i.opened_at ASC, i.id ASC";
    }
}
