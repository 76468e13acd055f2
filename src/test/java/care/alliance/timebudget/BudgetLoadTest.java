package care.alliance.timebudget;

import static care.alliance.shared.db.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.patients.AppointmentKind;
import care.alliance.timebudget.internal.AppointmentCapture;

/**
 * The team view reads appointments and ledger entries without joining them (LoadQuery, TimeBudget). This
 * checks that shortcut against the plain rule, appointment by appointment with its entry joined, over a
 * mixed ledger: booked, attended, not attended and cancelled appointments of every kind across the
 * October clock change, and at the weeks' edges in BST and GMT; captured entries proposed, confirmed,
 * corrected and rejected (and confirmed after a rejection); entries withdrawn because the outcome was
 * corrected; visits; manual entries.
 */
@AllianceTest
class BudgetLoadTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate FROM = LocalDate.of(2026, 10, 5); // 12 weeks over the 25 October clock change

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AppointmentCapture capture;
    @Autowired
    TimeBudgets budgets;
    @Autowired
    ApplicationContext context;

    @Test
    void theTeamViewsLoadEqualsEachAppointmentWithItsEntryJoined() {
        LedgerData data = new LedgerData(jdbc);
        long service = data.service("t-load");
        data.staff("t.mgr.load", "MANAGER", service);
        Random random = new Random(20261124);
        String[] kinds = {"ASSESSMENT", "FACE_TO_FACE", "ONLINE_REVIEW"};
        String[] outcomes = {"BOOKED", "ATTENDED", "ATTENDED", "ATTENDED", "DID_NOT_ATTEND", "CANCELLED"};
        Instant first = FROM.atStartOfDay(LONDON).toInstant();
        Instant end = FROM.plusWeeks(12).atStartOfDay(LONDON).toInstant();
        for (int p = 0; p < 3; p++) {
            long pwp = data.staff("t.pwp.load" + p, "PWP", service);
            for (int i = 0; i < 4; i++) {
                long patient = data.patient(service, pwp);
                if (p == 0 && i == 0) { // the weeks' edges, London time: UTC dates would put these wrong
                    for (String start : List.of("2026-10-11T22:30:00Z", "2026-10-11T23:30:00Z", // Sun 23:30, Mon 00:30 BST
                            "2026-11-01T23:30:00Z", "2026-11-02T00:30:00Z")) { // Sun 23:30, Mon 00:30 GMT
                        data.appointment(patient, "FACE_TO_FACE", Instant.parse(start), 50, "ATTENDED");
                    }
                }
                for (int a = 0; a < 20; a++) {
                    // on the hour or half hour, some of them in the last hour of a Sunday, London time
                    Instant start = first.plusSeconds(1800L * random.nextInt(12 * 7 * 48));
                    data.appointment(patient, kinds[random.nextInt(3)], start, 20 + 5 * random.nextInt(9),
                            outcomes[random.nextInt(outcomes.length)]);
                }
            }
            jdbc.update("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, source, created_at, updated_at)"
                    + " VALUES (?, ?, 60, 'SUPERVISION', 'MANUAL', ?, ?), (?, ?, 45, 'ADMIN', 'MANUAL', ?, ?)", pwp,
                    FROM.plusDays(p), utc(first), utc(first), pwp, FROM.plusWeeks(11).plusDays(6), utc(first), utc(first));
        }
        assertThat(capture.captureAttended(first, end)).isGreaterThan(100);
        long[] entries = jdbc.queryForList("SELECT t.id FROM time_entry t JOIN staff_user s ON s.id = t.pwp_id"
                + " WHERE s.service_id = ? AND t.source = 'AUTO' ORDER BY t.id", Long.class, service).stream()
                .mapToLong(Long::longValue).toArray();
        for (long id : entries) { // what PWPs do with captured entries, as TimeEntryTable writes it
            switch (random.nextInt(4)) {
                case 0 -> jdbc.update("UPDATE time_entry SET state = 'CONFIRMED', confirmed_at = NOW(6) WHERE id = ?", id);
                case 1 -> jdbc.update("UPDATE time_entry SET state = 'CORRECTED', minutes = minutes + 25,"
                        + " confirmed_at = NOW(6) WHERE id = ?", id);
                case 2 -> jdbc.update("UPDATE time_entry SET state = 'REJECTED' WHERE id = ?", id);
                default -> { } // still proposed
            }
        }
        // rejected, then confirmed after all: counts again
        jdbc.update("UPDATE time_entry SET state = 'REJECTED', confirmed_at = NULL WHERE id = ?", entries[0]);
        jdbc.update("UPDATE time_entry SET state = 'CONFIRMED', minutes = captured_minutes, confirmed_at = NOW(6)"
                + " WHERE id = ?", entries[0]);
        // outcomes corrected afterwards: the capture withdraws (proposed) or flags (confirmed) their entries
        jdbc.update("UPDATE appointment a JOIN staff_user s ON s.id = a.pwp_id SET a.status = 'DID_NOT_ATTEND'"
                + " WHERE s.service_id = ? AND a.status = 'ATTENDED' AND MOD(CRC32(a.external_id), 4) = 0", service);
        capture.captureAttended(first, end);
        long visitPatient = data.patient(service, data.staff("t.pwp.load3", "PWP", service));
        long visitPwp = jdbc.queryForObject("SELECT pwp_id FROM episode WHERE patient_id = ?", Long.class, visitPatient);
        for (String state : List.of("PROPOSED", "CONFIRMED", "REJECTED")) {
            jdbc.update("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, state,"
                    + " captured_minutes, origin_key, created_at, confirmed_at, updated_at) VALUES (?, ?, 7,"
                    + " 'DIGEST_REVIEW', ?, 'AUTO', ?, 7, ?, NOW(6), ?, NOW(6))", visitPwp, FROM.plusWeeks(3),
                    visitPatient, state, "visit:t-load-" + state, state.equals("CONFIRMED") ? utc(first) : null);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM time_entry t JOIN staff_user s ON s.id = t.pwp_id"
                + " WHERE s.service_id = ? AND t.origin_withdrawn", Integer.class, service)).isPositive();

        TeamBudget team = new SignedIn(context).as("t.mgr.load", () -> budgets.team(FROM));

        Map<String, Map<TimeKind, Integer>> expected = joined(service, team.mondays());
        assertThat(team.rows()).hasSize(4);
        int weeksWithLoad = 0;
        for (TeamBudget.Row row : team.rows()) {
            for (BudgetWeek week : row.weeks()) {
                Map<TimeKind, Integer> want = expected.getOrDefault(row.pwpId() + "@" + week.monday(), Map.of());
                assertThat(week.byKind()).as("PWP %d, week of %s", row.pwpId(), week.monday()).isEqualTo(want);
                weeksWithLoad += want.isEmpty() ? 0 : 1;
            }
        }
        assertThat(weeksWithLoad).isGreaterThan(30);
    }

    /** The rule of TimeBudget's javadoc, written the plain way: each appointment with its entry joined. */
    private Map<String, Map<TimeKind, Integer>> joined(long service, List<LocalDate> mondays) {
        BudgetSettings settings = BudgetSettings.DEFAULTS;
        Map<String, Map<TimeKind, Integer>> load = new HashMap<>();
        jdbc.query("""
                SELECT a.pwp_id, a.kind, a.status, a.start_at, a.minutes, t.state, t.kind AS t_kind, t.minutes AS t_minutes
                  FROM appointment a JOIN staff_user s ON s.id = a.pwp_id
                  LEFT JOIN time_entry t ON t.appointment_id = a.id
                 WHERE s.service_id = ? AND a.status IN ('BOOKED', 'ATTENDED')""", rs -> {
            Instant start = rs.getObject("start_at", java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
            LocalDate day = start.atZone(LONDON).toLocalDate();
            Map<TimeKind, Integer> week = weekOf(load, mondays, rs.getLong("pwp_id"), day);
            AppointmentKind kind = AppointmentKind.valueOf(rs.getString("kind"));
            if ("BOOKED".equals(rs.getString("status"))) {
                week.merge(TimeKind.DIGEST_REVIEW, settings.digestMinutes(), Integer::sum);
                week.merge(TimeKind.ofAppointment(kind), kind == AppointmentKind.ONLINE_REVIEW ? settings.reviewMinutes()
                        : rs.getInt("minutes"), Integer::sum);
            } else if (rs.getString("state") == null) {
                week.merge(TimeKind.ofAppointment(kind), rs.getInt("minutes"), Integer::sum);
            } else if (!"REJECTED".equals(rs.getString("state"))) {
                week.merge(TimeKind.valueOf(rs.getString("t_kind")), rs.getInt("t_minutes"), Integer::sum);
            }
        }, service);
        jdbc.query("""
                SELECT t.pwp_id, t.work_date, t.kind, t.minutes FROM time_entry t JOIN staff_user s ON s.id = t.pwp_id
                 WHERE s.service_id = ? AND (t.appointment_id IS NULL OR t.origin_withdrawn)
                   AND (t.state IS NULL OR t.state <> 'REJECTED')""", rs -> {
            weekOf(load, mondays, rs.getLong("pwp_id"), rs.getObject("work_date", LocalDate.class))
                    .merge(TimeKind.valueOf(rs.getString("kind")), rs.getInt("minutes"), Integer::sum);
        }, service);
        return load;
    }

    private static Map<TimeKind, Integer> weekOf(Map<String, Map<TimeKind, Integer>> load, List<LocalDate> mondays,
            long pwp, LocalDate day) {
        LocalDate monday = mondays.stream().filter(m -> !m.isAfter(day)).reduce((a, b) -> b).orElseThrow();
        return load.computeIfAbsent(pwp + "@" + monday, k -> new EnumMap<>(TimeKind.class));
    }
}
