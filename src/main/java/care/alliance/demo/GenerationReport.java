package care.alliance.demo;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What one generation run wrote: rows per table in foreign-key order, and how long it took. */
public record GenerationReport(Map<String, Long> rowsPerTable, Duration elapsed) {

    public GenerationReport {
        rowsPerTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerTable)); // keeps FK order
    }

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rows(String table) {
        return rowsPerTable.getOrDefault(table, 0L);
    }

    public long rowsPerSecond() {
        return Math.round(totalRows() / Math.max(0.001, elapsed.toNanos() / 1e9));
    }

    /** One line, for a log: "512 patients, 123456 rows in 2.1 s (58000 rows/s)". */
    public String summary() {
        return "%d patients, %d rows in %.1f s (%d rows/s)".formatted(rows("patient"), totalRows(),
                elapsed.toMillis() / 1000.0, rowsPerSecond());
    }
}
