package care.alliance.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The raw store, programme_event, whose unique key (integration_id, event_id) decides which
 * delivery of an event is the one that counts (H08).
 *
 * <p>One multi-row {@code INSERT IGNORE ... RETURNING} per request: MariaDB returns exactly the rows
 * this statement inserted, so "did we store it?" does not depend on the driver's batch update
 * counts (which the bulk protocol does not report per row). A row held by a concurrent, still open
 * transaction makes the insert wait for it; when that one commits the row is skipped here and
 * read back with {@link #hashes}, which under READ COMMITTED sees the committed row.
 */
@Component
class RawEventStore {

    /** Visible to the service, which sorts by it before inserting: same lock order in every request. */
    record Row(String eventId, long patientId, String type, Instant occurredAt, String contentHash) {
    }

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    RawEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new rows' ids by event id; events already stored (by anyone) are absent */
    Map<String, Long> insertNew(long integrationId, List<Row> rows, Instant receivedAt) {
        Map<String, Long> inserted = new HashMap<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        LocalDateTime received = utc(receivedAt);
        Object[] args = new Object[rows.size() * 7];
        int i = 0;
        for (Row row : rows) {
            args[i++] = integrationId;
            args[i++] = row.eventId();
            args[i++] = row.patientId();
            args[i++] = row.type();
            args[i++] = utc(row.occurredAt());
            args[i++] = row.contentHash();
            args[i++] = received;
        }
        jdbc.query("INSERT IGNORE INTO programme_event (integration_id, event_id, patient_id, type, occurred_at,"
                + " content_hash, received_at) VALUES " + String.join(", ", Collections.nCopies(rows.size(), ROW))
                + " RETURNING id, event_id", rs -> {
                    inserted.put(rs.getString(2), rs.getLong(1));
                }, args);
        return inserted;
    }

    /** Content hashes of stored events of this integration, by event id. */
    Map<String, String> hashes(long integrationId, Collection<String> eventIds) {
        Map<String, String> hashes = new HashMap<>();
        if (eventIds.isEmpty()) {
            return hashes;
        }
        Object[] args = new Object[eventIds.size() + 1];
        args[0] = integrationId;
        int i = 1;
        for (String eventId : eventIds) {
            args[i++] = eventId;
        }
        jdbc.query("SELECT event_id, content_hash FROM programme_event WHERE integration_id = ? AND event_id IN ("
                + String.join(", ", Collections.nCopies(eventIds.size(), "?")) + ")", rs -> {
                    hashes.put(rs.getString(1), rs.getString(2));
                }, args);
        return hashes;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
