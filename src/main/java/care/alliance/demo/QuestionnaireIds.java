package care.alliance.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Swaps a questionnaire's event id for its AUTO_INCREMENT id in a batch of rows about to be
 * written (risk flags point at the questionnaire that raised them). One query per batch; the
 * questionnaires are already written because a table flushes its parents first. An
 * INSERT ... SELECT would avoid the look-up, but MariaDB's bulk protocol refuses it.
 */
final class QuestionnaireIds implements UnaryOperator<List<Object[]>> {

    private final JdbcTemplate jdbc;
    private final int column;

    QuestionnaireIds(JdbcTemplate jdbc, int column) {
        this.jdbc = jdbc;
        this.column = column;
    }

    @Override
    public List<Object[]> apply(List<Object[]> rows) {
        List<Object> eventIds = rows.stream().map(row -> row[column]).toList();
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT event_id, id FROM questionnaire WHERE event_id IN ("
                + String.join(", ", Collections.nCopies(eventIds.size(), "?")) + ")",
                row -> {
                    ids.put(row.getString(1), row.getLong(2));
                }, eventIds.toArray());
        List<Object[]> resolved = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] copy = row.clone();
            copy[column] = ids.get((String) row[column]);
            if (copy[column] == null) {
                throw new IllegalStateException("no questionnaire with event id " + row[column]);
            }
            resolved.add(copy);
        }
        return resolved;
    }
}
