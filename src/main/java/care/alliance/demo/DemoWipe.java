package care.alliance.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Empties the application's tables before a reseed, children before parents. The tables and their
 * foreign keys are read from the schema rather than listed here, so a table another module adds
 * later is wiped too instead of blocking the delete of the rows it points at. Kept: Flyway's
 * history, Quartz, Modulith's event registry, and audit_event, which is append-only (H13) and
 * refuses DELETE by trigger; it has no foreign keys, so its rows simply outlive the demo's. The
 * digest table refuses DELETE too (digests are immutable) but points at appointments: it is emptied
 * first, with TRUNCATE (see {@link #wipe()}).
 */
@Component
class DemoWipe {

    private final JdbcTemplate jdbc;

    DemoWipe(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Deletes every row of every application table; returns the number of rows deleted. The digest table
     * goes first, by TRUNCATE, which MariaDB runs without the DELETE trigger that keeps digests
     * immutable: a deliberate reseed-only path (demo profile), since digests are derived data the
     * seeder rebuilds. TRUNCATE commits implicitly, so call this first in its transaction; a seed that
     * fails afterwards leaves the old demo without digests, which the next build restores.
     */
    long wipe() {
        jdbc.execute("TRUNCATE TABLE digest");
        long deleted = 0;
        for (String table : deleteOrder()) {
            deleted += jdbc.update("DELETE FROM `" + table + "`");
        }
        return deleted;
    }

    /** Application tables ordered so that no table comes after a table that references it. */
    List<String> deleteOrder() {
        Set<String> left = new HashSet<>(jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'", String.class));
        left.removeIf(DemoWipe::kept);
        Map<String, Set<String>> referencedBy = new HashMap<>();
        jdbc.query("SELECT TABLE_NAME, REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME IS NOT NULL", row -> {
                    String child = row.getString(1);
                    String parent = row.getString(2);
                    if (!child.equals(parent)) { // a self-reference does not order tables
                        referencedBy.computeIfAbsent(parent, key -> new HashSet<>()).add(child);
                    }
                });
        List<String> order = new ArrayList<>();
        while (!left.isEmpty()) {
            List<String> free = left.stream().filter(table -> referencedBy.getOrDefault(table, Set.of()).stream()
                    .noneMatch(left::contains)).sorted().toList();
            if (free.isEmpty()) {
                throw new IllegalStateException("Foreign keys form a cycle among " + left);
            }
            order.addAll(free);
            free.forEach(left::remove);
        }
        return order;
    }

    private static boolean kept(String table) {
        String name = table.toLowerCase(Locale.ROOT);
        return name.equals("audit_event") || name.equals("digest") || name.equals("flyway_schema_history") || name.startsWith("qrtz_")
                || name.startsWith("event_publication");
    }
}
