package care.alliance.demo;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.TINYINT;
import static java.sql.Types.VARCHAR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The insert statements of one generation run, one {@link BatchTable} per table of V1, with the
 * foreign-key parents each must flush first. Column lists are spelled out so the argument order
 * in the writers is checked against a single place.
 */
final class DemoTables {

    final BatchTable service;
    final BatchTable staff;
    final BatchTable patient;
    final BatchTable episode;
    final BatchTable appointment;
    final BatchTable questionnaire;
    final BatchTable riskFlag;
    final BatchTable mood;
    final BatchTable module;
    final BatchTable notification;
    final BatchTable login;
    final BatchTable diary;
    final BatchTable message;
    private final List<BatchTable> all;

    DemoTables(JdbcTemplate jdbc) {
        service = table(jdbc, "service", "INSERT INTO service (id, code, name, time_zone) VALUES (?, ?, ?, ?)",
                types(BIGINT, VARCHAR, VARCHAR, VARCHAR), List.of(), null);
        staff = table(jdbc, "staff_user", "INSERT INTO staff_user (id, username, display_name, password_hash,"
                + " role, service_id) VALUES (?, ?, ?, ?, ?, ?)",
                types(BIGINT, VARCHAR, VARCHAR, VARCHAR, VARCHAR, BIGINT), List.of(service), null);
        patient = table(jdbc, "patient", "INSERT INTO patient (id, programme_id, display_name, service_id,"
                + " created_at) VALUES (?, ?, ?, ?, ?)",
                types(BIGINT, VARCHAR, VARCHAR, BIGINT, TIMESTAMP), List.of(service), null);
        episode = table(jdbc, "episode", "INSERT INTO episode (id, patient_id, pwp_id, referred_on, assessed_on,"
                + " first_treatment_on, second_treatment_on, discharged_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                types(BIGINT, BIGINT, BIGINT, DATE, DATE, DATE, DATE, DATE), List.of(patient, staff), null);
        appointment = table(jdbc, "appointment", "INSERT INTO appointment (id, external_id, episode_id,"
                + " patient_id, pwp_id, kind, start_at, minutes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                types(BIGINT, VARCHAR, BIGINT, BIGINT, BIGINT, VARCHAR, TIMESTAMP, INTEGER, VARCHAR),
                List.of(episode), "apt-");
        questionnaire = table(jdbc, "questionnaire", "INSERT INTO questionnaire (event_id, patient_id,"
                + " instrument, occurred_at, item_1, item_2, item_3, item_4, item_5, item_6, item_7, item_8,"
                + " item_9, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                types(VARCHAR, BIGINT, VARCHAR, TIMESTAMP, TINYINT, TINYINT, TINYINT, TINYINT, TINYINT,
                        TINYINT, TINYINT, TINYINT, TINYINT, TINYINT), List.of(patient), "demo-q-");
        // Rows carry the questionnaire's event id; its AUTO_INCREMENT id is looked up just before writing.
        riskFlag = new BatchTable(jdbc, "risk_flag", "INSERT INTO risk_flag (id, patient_id, questionnaire_id,"
                + " raised_at, reason, status, reviewed_by, reviewed_at, review_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                types(BIGINT, BIGINT, BIGINT, TIMESTAMP, VARCHAR, VARCHAR, BIGINT, TIMESTAMP, VARCHAR),
                List.of(questionnaire, staff), null, new QuestionnaireIds(jdbc, 2));
        mood = fact(jdbc, "mood_rating", "score", types(TINYINT), "demo-mood-");
        module = fact(jdbc, "module_progress", "module, percent", types(VARCHAR, TINYINT), "demo-module-");
        notification = fact(jdbc, "notification_event", "notification_id, kind, status",
                types(VARCHAR, VARCHAR, VARCHAR), "demo-ntf-");
        login = fact(jdbc, "login_event", "success, reason", types(BOOLEAN, VARCHAR), "demo-login-");
        diary = fact(jdbc, "diary_entry", "activity, status", types(VARCHAR, VARCHAR), "demo-diary-");
        message = fact(jdbc, "message", "text, read_at", types(VARCHAR, TIMESTAMP), "demo-msg-");
        all = List.of(service, staff, patient, episode, appointment, questionnaire, riskFlag, mood, module,
                notification, login, diary, message);
    }

    /** A programme fact: event_id, patient_id, occurred_at, then the table's own columns. */
    private BatchTable fact(JdbcTemplate jdbc, String name, String columns, int[] own, String prefix) {
        int[] types = new int[3 + own.length];
        types[0] = VARCHAR;
        types[1] = BIGINT;
        types[2] = TIMESTAMP;
        System.arraycopy(own, 0, types, 3, own.length);
        String marks = "?" + ", ?".repeat(types.length - 1);
        return table(jdbc, name, "INSERT INTO " + name + " (event_id, patient_id, occurred_at, " + columns
                + ") VALUES (" + marks + ")", types, List.of(patient), prefix);
    }

    private static BatchTable table(JdbcTemplate jdbc, String name, String sql, int[] types,
            List<BatchTable> parents, String prefix) {
        return new BatchTable(jdbc, name, sql, types, parents, prefix, UnaryOperator.identity());
    }

    private static int[] types(int... types) {
        return types;
    }

    void flushAll() {
        all.forEach(BatchTable::flush);
    }

    /** Rows written per table, in foreign-key order. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        all.forEach(table -> counts.put(table.name(), table.written()));
        return counts;
    }
}
