package care.alliance.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table, written with {@code JdbcTemplate.batchUpdate} whenever {@value #BATCH} have
 * piled up. Memory stays bounded by one batch per table however large the service is.
 * A table flushes its parents first, so a child row never reaches MariaDB before the row its
 * foreign key points at.
 */
final class BatchTable {

    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final String name;
    private final String sql;
    // Explicit SQL types: with them Spring binds NULLs without asking the driver for parameter metadata.
    private final int[] types;
    private final List<BatchTable> parents;
    private final String eventPrefix;
    private final UnaryOperator<List<Object[]>> beforeWrite;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private long written;
    private long lastEvent;

    BatchTable(JdbcTemplate jdbc, String name, String sql, int[] types, List<BatchTable> parents,
            String eventPrefix, UnaryOperator<List<Object[]>> beforeWrite) {
        this.jdbc = jdbc;
        this.name = name;
        this.sql = sql;
        this.types = types;
        this.parents = parents;
        this.eventPrefix = eventPrefix;
        this.beforeWrite = beforeWrite;
    }

    void add(Object... row) {
        if (row.length != types.length) {
            throw new IllegalArgumentException(name + " takes " + types.length + " values, got " + row.length);
        }
        rows.add(row);
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    /** The programme's unique event id of the next fact, e.g. {@code demo-mood-17}. */
    String nextEventId() {
        return eventPrefix + (++lastEvent);
    }

    void flush() {
        parents.forEach(BatchTable::flush);
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(sql, beforeWrite.apply(rows), types);
        written += rows.size();
        rows.clear();
    }

    String name() {
        return name;
    }

    long written() {
        return written;
    }
}
