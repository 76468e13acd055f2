package care.alliance.timebudget.internal;

import static care.alliance.shared.db.UtcColumns.utc;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.patients.AppointmentKind;
import care.alliance.patients.AppointmentStatus;
import care.alliance.timebudget.EntryState;
import care.alliance.timebudget.ServiceWeek;
import care.alliance.timebudget.TimeBudget.AppointmentLoad;
import care.alliance.timebudget.TimeBudget.EntryLoad;
import care.alliance.timebudget.TimeKind;

/**
 * Everything the budget counts for some PWPs over some weeks, in ONE statement whatever the number of
 * PWPs and weeks: the weeks go in as a derived table of their zone-computed boundaries (the embedded
 * MariaDB has no time-zone tables, and the zone rules belong in Java, H07), appointments join by start
 * instant, entries by local work date. The statement only groups and sums; {@code TimeBudget} applies
 * the rules. Not a security boundary: the service chooses whose load is read.
 */
@Component
public class LoadQuery {

    private static final String SQL = """
            SELECT a.pwp_id, w.idx, 'A' AS origin, a.kind AS a_kind, a.status, t.state, t.kind AS t_kind,
                   COUNT(*) AS n, SUM(a.minutes) AS booked, COALESCE(SUM(t.minutes), 0) AS entered
              FROM (%1$s) w
              JOIN appointment a ON a.start_at >= w.from_at AND a.start_at < w.to_at
              LEFT JOIN time_entry t ON t.appointment_id = a.id
             WHERE a.pwp_id %2$s AND a.status IN ('BOOKED', 'ATTENDED')
             GROUP BY a.pwp_id, w.idx, a.kind, a.status, t.state, t.kind
            UNION ALL
            SELECT t.pwp_id, w.idx, 'E', NULL, NULL, NULL, t.kind, COUNT(*), 0, SUM(t.minutes)
              FROM (%1$s) w
              JOIN time_entry t ON t.work_date >= w.first_day AND t.work_date <= w.last_day
             WHERE t.pwp_id %2$s AND (t.state IS NULL OR t.state <> 'REJECTED')
               AND (t.appointment_id IS NULL OR t.origin_withdrawn)
             GROUP BY t.pwp_id, w.idx, t.kind
            """;

    private final JdbcTemplate jdbc;

    LoadQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public WeekLoads forPwp(long pwp, List<ServiceWeek> weeks) {
        return load("= ?", pwp, weeks);
    }

    /** Every PWP of the service, as {@code CapacityTable#pwps} lists them. */
    public WeekLoads forService(long service, List<ServiceWeek> weeks) {
        return load("IN (SELECT id FROM staff_user WHERE service_id = ? AND role = 'PWP')", service, weeks);
    }

    private WeekLoads load(String whose, long id, List<ServiceWeek> weeks) {
        StringBuilder table = new StringBuilder();
        List<Object> weekArgs = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            ServiceWeek week = weeks.get(i);
            // typed, so the joins compare DATETIME with DATETIME and DATE with DATE (and use the indexes)
            table.append(i == 0 ? "SELECT CAST(? AS INT) AS idx, CAST(? AS DATETIME(6)) AS from_at,"
                    + " CAST(? AS DATETIME(6)) AS to_at, CAST(? AS DATE) AS first_day, CAST(? AS DATE) AS last_day"
                    : " UNION ALL SELECT ?, ?, ?, ?, ?");
            weekArgs.addAll(List.of(i, utc(week.start()), utc(week.end()), week.monday(), week.sunday()));
        }
        List<Object> args = new ArrayList<>(weekArgs);
        args.add(id);
        args.addAll(weekArgs);
        args.add(id);
        WeekLoads loads = new WeekLoads();
        jdbc.query(SQL.formatted(table, whose), rs -> {
            long pwp = rs.getLong("pwp_id");
            int week = rs.getInt("idx");
            String state = rs.getString("state");
            String entryKind = rs.getString("t_kind");
            if ("A".equals(rs.getString("origin"))) {
                loads.add(pwp, week, new AppointmentLoad(AppointmentKind.valueOf(rs.getString("a_kind")),
                        AppointmentStatus.valueOf(rs.getString("status")), state == null ? null : EntryState.valueOf(state),
                        entryKind == null ? null : TimeKind.valueOf(entryKind), rs.getInt("n"), rs.getInt("booked"),
                        rs.getInt("entered")));
            } else {
                loads.add(pwp, week, new EntryLoad(TimeKind.valueOf(entryKind), rs.getInt("entered")));
            }
        }, args.toArray());
        return loads;
    }
}
