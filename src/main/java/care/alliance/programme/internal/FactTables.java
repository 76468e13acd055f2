package care.alliance.programme.internal;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.TINYINT;
import static java.sql.Types.VARCHAR;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.programme.FactContent;
import care.alliance.programme.ProgrammeFact;

/**
 * Writes facts with one JDBC batch per table (no per-row JPA: ingest must sustain thousands of
 * events a second). Every row starts with event_id, patient_id, occurred_at and ends with
 * source_event_id; explicit SQL types let NULLs bind without asking the driver for metadata.
 */
@Component
public class FactTables {

    private enum Table {
        QUESTIONNAIRE("questionnaire", "instrument, item_1, item_2, item_3, item_4, item_5, item_6, item_7,"
                + " item_8, item_9, total", VARCHAR, TINYINT, TINYINT, TINYINT, TINYINT, TINYINT, TINYINT,
                TINYINT, TINYINT, TINYINT, TINYINT),
        MOOD("mood_rating", "score", TINYINT),
        MODULE_PROGRESS("module_progress", "module, percent", VARCHAR, TINYINT),
        NOTIFICATION("notification_event", "notification_id, kind, status", VARCHAR, VARCHAR, VARCHAR),
        LOGIN("login_event", "success, reason", BOOLEAN, VARCHAR),
        DIARY("diary_entry", "activity, status", VARCHAR, VARCHAR),
        MESSAGE("message", "text", VARCHAR);

        final String sql;
        final int[] types;

        Table(String name, String columns, int... own) {
            types = new int[own.length + 4];
            types[0] = VARCHAR;
            types[1] = BIGINT;
            types[2] = TIMESTAMP;
            System.arraycopy(own, 0, types, 3, own.length);
            types[types.length - 1] = BIGINT;
            sql = "INSERT INTO " + name + " (event_id, patient_id, occurred_at, " + columns + ", source_event_id)"
                    + " VALUES (?" + ", ?".repeat(types.length - 1) + ")";
        }
    }

    private final JdbcTemplate jdbc;

    FactTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<ProgrammeFact> facts) {
        Map<Table, List<Object[]>> rows = new LinkedHashMap<>();
        for (ProgrammeFact fact : facts) {
            Object[] own = switch (fact.content()) {
                case FactContent.Questionnaire q -> questionnaire(q);
                case FactContent.Mood m -> new Object[] {m.score()};
                case FactContent.ModuleProgress p -> new Object[] {p.module(), p.percent()};
                case FactContent.Notification n -> new Object[] {n.notificationId(), n.kind().name(), n.status().name()};
                case FactContent.Login l -> new Object[] {l.success(), l.reason()};
                case FactContent.Diary d -> new Object[] {d.activity(), d.status().name()};
                case FactContent.Message m -> new Object[] {m.text()};
            };
            rows.computeIfAbsent(table(fact.content()), t -> new ArrayList<>()).add(row(fact, own));
        }
        rows.forEach((table, batch) -> jdbc.batchUpdate(table.sql, batch, table.types));
    }

    private static Table table(FactContent content) {
        return switch (content) {
            case FactContent.Questionnaire q -> Table.QUESTIONNAIRE;
            case FactContent.Mood m -> Table.MOOD;
            case FactContent.ModuleProgress p -> Table.MODULE_PROGRESS;
            case FactContent.Notification n -> Table.NOTIFICATION;
            case FactContent.Login l -> Table.LOGIN;
            case FactContent.Diary d -> Table.DIARY;
            case FactContent.Message m -> Table.MESSAGE;
        };
    }

    /** Items 8 and 9 stay NULL for a GAD-7, as the CHECK of V1 demands; the total is always recomputed (H03). */
    private static Object[] questionnaire(FactContent.Questionnaire q) {
        Object[] own = new Object[11];
        own[0] = q.scored().instrument().name();
        List<Integer> items = q.scored().items();
        for (int i = 0; i < 9; i++) {
            own[1 + i] = i < items.size() ? items.get(i) : null;
        }
        own[10] = q.scored().total();
        return own;
    }

    private static Object[] row(ProgrammeFact fact, Object[] own) {
        Object[] row = new Object[own.length + 4];
        row[0] = fact.eventId();
        row[1] = fact.patientId();
        row[2] = utc(fact);
        System.arraycopy(own, 0, row, 3, own.length);
        row[row.length - 1] = fact.sourceEventId();
        return row;
    }

    /** UTC wall time for DATETIME(6), independent of the JVM's default zone. */
    static LocalDateTime utc(ProgrammeFact fact) {
        return LocalDateTime.ofInstant(fact.occurredAt(), ZoneOffset.UTC);
    }
}
