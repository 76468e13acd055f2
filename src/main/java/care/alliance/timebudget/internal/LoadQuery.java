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
 * PWPs and weeks. Week boundaries are computed in Java in the service's zone (the embedded MariaDB has no
 * time-zone tables, and the zone rules belong in Java, H07) and go in as a CASE over the weeks' ends:
 * appointments by start instant, entries by local work date. The PWPs go in as a list of ids and the
 * whole period as one range, so MariaDB reads each PWP's slice of V15's covering indexes once. The
 * statement only groups and sums; {@code TimeBudget} applies the rules. Not a security boundary: the
 * service chooses whose load is read. (Team of 200 PWPs × 12 weeks: p95 853 ms with a joined table of
 * weeks over every appointment of the period, 319 ms now; docs/benchmarks.md.)
 */
@Component
public class LoadQuery {

    private static final String SQL = """
            SELECT a.pwp_id, %1$s AS idx, 'A' AS origin, a.kind AS a_kind, a.status, t.state, t.kind AS t_kind,
                   COUNT(*) AS n, SUM(a.minutes) AS booked, COALESCE(SUM(t.minutes), 0) AS entered
              FROM appointment a
              -- the covering index, not the unique key: the unique key would cost a row look-up per appointment
              LEFT JOIN time_entry t FORCE INDEX (ix_time_entry_appointment_load) ON t.appointment_id = a.id
             WHERE a.pwp_id IN (%3$s) AND a.start_at >= ? AND a.start_at < ? AND a.status IN ('BOOKED', 'ATTENDED')
             GROUP BY a.pwp_id, idx, a.kind, a.status, t.state, t.kind
            UNION ALL
            SELECT t.pwp_id, %2$s AS idx, 'E', NULL, NULL, NULL, t.kind, COUNT(*), 0, SUM(t.minutes)
              FROM time_entry t
             WHERE t.pwp_id IN (%3$s) AND t.work_date >= ? AND t.work_date <= ?
               AND (t.state IS NULL OR t.state <> 'REJECTED')
               AND (t.appointment_id IS NULL OR t.origin_withdrawn)
             GROUP BY t.pwp_id, idx, t.kind
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
        // the week of a row as a CASE over the weeks' zone-computed ends (typed, so DATETIME meets DATETIME
        // and DATE meets DATE): cheaper than joining a derived table of weeks row by row
        StringBuilder byStart = new StringBuilder("CASE");
        StringBuilder byDate = new StringBuilder("CASE");
        List<Object> startArgs = new ArrayList<>();
        List<Object> dateArgs = new ArrayList<>();
        for (int i = 0; i < weeks.size() - 1; i++) {
            byStart.append(" WHEN a.start_at < CAST(? AS DATETIME(6)) THEN ").append(i);
            byDate.append(" WHEN t.work_date <= CAST(? AS DATE) THEN ").append(i);
            startArgs.add(utc(weeks.get(i).end()));
            dateArgs.add(weeks.get(i).sunday());
        }
        byStart.append(" ELSE ").append(weeks.size() - 1).append(" END");
        byDate.append(" ELSE ").append(weeks.size() - 1).append(" END");
        String whose = String.join(", ", java.util.Collections.nCopies(pwps.size(), "?"));
        List<Object> args = new ArrayList<>(startArgs);
        args.addAll(pwps);
        args.addAll(List.of(utc(weeks.getFirst().start()), utc(weeks.getLast().end())));
        args.addAll(dateArgs);
        args.addAll(pwps);
        args.addAll(List.of(weeks.getFirst().monday(), weeks.getLast().sunday()));
        WeekLoads loads = new WeekLoads();
        jdbc.query(SQL.formatted(byStart, byDate, whose), rs -> {
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
