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
 * whole period as one range, so MariaDB reads each PWP's slice of the covering indexes (V15 for
 * appointments, V17 for entries) once, and appointments are not joined to their entries
 * ({@code TimeBudget} says why that is the same). The statement only groups and sums; {@code TimeBudget} applies the rules. Not a security boundary: the
 * service chooses whose load is read. (Team of 200 PWPs × 12 weeks: 853 ms p95 with a joined table of
 * weeks, 296 ms with entries joined to appointments, about 130 ms now; docs/benchmarks.md.)
 */
@Component
public class LoadQuery {

    // the CASE bounds are plain DATETIME/DATE values, compared as such; a CAST(? AS ...) around each was
    // evaluated per row and cost a fifth of the statement
    private static final String SQL = """
            SELECT a.pwp_id, %1$s AS idx, 'A' AS origin, a.kind, a.status AS state, FALSE AS linked,
                   COUNT(*) AS n, SUM(a.minutes) AS minutes, 0 AS captured
              FROM appointment a
             WHERE a.pwp_id IN (%3$s) AND a.start_at >= ? AND a.start_at < ? AND a.status IN ('BOOKED', 'ATTENDED')
             GROUP BY a.pwp_id, idx, a.kind, a.status
            UNION ALL
            SELECT t.pwp_id, %2$s AS idx, 'E', t.kind, t.state, t.appointment_id IS NOT NULL AND NOT t.origin_withdrawn AS linked,
                   COUNT(*), SUM(t.minutes), COALESCE(SUM(t.captured_minutes), 0)
              FROM time_entry t
             WHERE t.pwp_id IN (%3$s) AND t.work_date >= ? AND t.work_date <= ?
             GROUP BY t.pwp_id, idx, t.kind, t.state, linked
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
        // the week of a row as a CASE over the weeks' zone-computed ends: cheaper than joining a derived
        // table of weeks row by row
        StringBuilder byStart = new StringBuilder("CASE");
        StringBuilder byDate = new StringBuilder("CASE");
        List<Object> startArgs = new ArrayList<>();
        List<Object> dateArgs = new ArrayList<>();
        for (int i = 0; i < weeks.size() - 1; i++) {
            byStart.append(" WHEN a.start_at < ? THEN ").append(i);
            byDate.append(" WHEN t.work_date <= ? THEN ").append(i);
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
            if ("A".equals(rs.getString("origin"))) {
                loads.add(pwp, week, new AppointmentLoad(AppointmentKind.valueOf(rs.getString("kind")),
                        AppointmentStatus.valueOf(state), rs.getInt("n"), rs.getInt("minutes")));
            } else {
                loads.add(pwp, week, new EntryLoad(TimeKind.valueOf(rs.getString("kind")),
                        state == null ? null : EntryState.valueOf(state), rs.getBoolean("linked"),
                        rs.getInt("minutes"), rs.getInt("captured")));
            }
        }, args.toArray());
        return loads;
    }
}
