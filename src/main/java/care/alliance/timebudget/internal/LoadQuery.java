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
 * the rules. Not a security boundary: the service chooses whose load is read. The PWPs go in as a list
 * of ids and the whole period as a range, and the rows drive the join (STRAIGHT_JOIN), so MariaDB reads
 * each PWP's slice of {@code (pwp_id, start_at)} and {@code (pwp_id, work_date)} once instead of every
 * appointment of the period (a service of 200 PWPs in a data set of 2,000: 853 ms p95 before, see
 * docs/benchmarks.md).
 */
@Component
public class LoadQuery {

    private static final String SQL = """
            SELECT STRAIGHT_JOIN a.pwp_id, w.idx, 'A' AS origin, a.kind AS a_kind, a.status, t.state, t.kind AS t_kind,
                   COUNT(*) AS n, SUM(a.minutes) AS booked, COALESCE(SUM(t.minutes), 0) AS entered
              FROM appointment a
              JOIN (%1$s) w ON a.start_at >= w.from_at AND a.start_at < w.to_at
              -- the covering index, not the unique key: the unique key would cost a row look-up per appointment
              LEFT JOIN time_entry t FORCE INDEX (ix_time_entry_appointment_load) ON t.appointment_id = a.id
             WHERE a.pwp_id IN (%2$s) AND a.start_at >= ? AND a.start_at < ? AND a.status IN ('BOOKED', 'ATTENDED')
             GROUP BY a.pwp_id, w.idx, a.kind, a.status, t.state, t.kind
            UNION ALL
            SELECT STRAIGHT_JOIN t.pwp_id, w.idx, 'E', NULL, NULL, NULL, t.kind, COUNT(*), 0, SUM(t.minutes)
              FROM time_entry t
              JOIN (%1$s) w ON t.work_date >= w.first_day AND t.work_date <= w.last_day
             WHERE t.pwp_id IN (%2$s) AND t.work_date >= ? AND t.work_date <= ?
               AND (t.state IS NULL OR t.state <> 'REJECTED')
               AND (t.appointment_id IS NULL OR t.origin_withdrawn)
             GROUP BY t.pwp_id, w.idx, t.kind
            """;

    private final JdbcTemplate jdbc;

    LoadQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public WeekLoads forPwp(long pwp, List<ServiceWeek> weeks) {
        return forPwps(List.of(pwp), weeks);
    }

    /** The given PWPs (the team view passes those {@code CapacityTable#pwps} listed); none reads nothing. */
    public WeekLoads forPwps(List<Long> pwps, List<ServiceWeek> weeks) {
        if (pwps.isEmpty() || weeks.isEmpty()) {
            return new WeekLoads();
        }
        return load(pwps, weeks);
    }

    private WeekLoads load(List<Long> pwps, List<ServiceWeek> weeks) {
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
        String whose = String.join(", ", java.util.Collections.nCopies(pwps.size(), "?"));
        List<Object> args = new ArrayList<>(weekArgs);
        args.addAll(pwps);
        args.addAll(List.of(utc(weeks.getFirst().start()), utc(weeks.getLast().end())));
        args.addAll(weekArgs);
        args.addAll(pwps);
        args.addAll(List.of(weeks.getFirst().monday(), weeks.getLast().sunday()));
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
