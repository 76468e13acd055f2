package care.alliance.bench;

import static care.alliance.bench.BenchmarkDataSet.report;
import static care.alliance.bench.Timings.open;
import static care.alliance.bench.Timings.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import care.alliance.StatementCounter;
import care.alliance.timebudget.ServiceWeek;
import care.alliance.timebudget.internal.CapacityTable;
import care.alliance.timebudget.internal.LoadQuery;
import care.alliance.timebudget.TeamBudget;
import care.alliance.timebudget.TimeBudgets;

/**
 * Issue #7's benchmark (not a test): the manager's team time budget for a service of 200 PWPs over 12
 * weeks, on the 100,000-patient data set, p50/p95 over {@code bench.runs} calls, with SQL statements per
 * call. The data set's two services hold 1,000 PWPs each, so inside one transaction that is rolled back
 * at the end, 200 PWPs and their patients move to a service of their own with a manager; their attended
 * appointments of the last 12 weeks become confirmed ledger entries, plus an hour of supervision a week
 * each, and each PWP gets a capacity. Acceptance: the team view server-side under 300 ms p95, timed as
 * the whole view built browserless in a new window (service call, components, the grid's data sent).
 * Run: {@code ./mvnw -Pteam-budget-benchmark} (docs/benchmarks.md).
 */
public final class TeamBudgetBenchmark {

    static final int PWPS = 200;
    static final String MANAGER = "bench.manager200";

    private TeamBudgetBenchmark() {
    }

    public static void main(String[] args) {
        int patients = Integer.getInteger("patients", 100_000);
        try (ConfigurableApplicationContext context = BenchmarkDataSet.start(patients, StatementCounter.class)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            StatementCounter statements = context.getBean(StatementCounter.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneId.of("Europe/London")));
            LocalDate from = today.minusWeeks(11); // the trend ends with this week
            TransactionTemplate outer = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            outer.executeWithoutResult(status -> {
                ServiceOf200.create(jdbc, today, PWPS, MANAGER);
                UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(MANAGER);
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                TimeBudgets budgets = context.getBean(TimeBudgets.class);
                TeamBudget team = budgets.team(from);
                long over = team.rows().stream().filter(row -> row.overBudgetWeeks() > 0).count();
                report("team of %d PWPs x %d weeks from %s; %d PWPs over budget in at least one week", team.rows().size(),
                        team.mondays().size(), team.mondays().getFirst(), over);
                statements.reset();
                budgets.team(from);
                report("SQL statements per team view: %d", statements.count());
                time("team budget service (TimeBudgets.team)", () -> budgets.team(from).rows().size());
                // where the time goes: the two reads behind it, on their own
                long serviceId = jdbc.queryForObject("SELECT service_id FROM staff_user WHERE username = ?", Long.class,
                        MANAGER);
                CapacityTable capacities = context.getBean(CapacityTable.class);
                LoadQuery loads = context.getBean(LoadQuery.class);
                ZoneId zone = ZoneId.of("Europe/London");
                List<ServiceWeek> weeks = java.util.stream.IntStream.range(0, TimeBudgets.TEAM_WEEKS)
                        .mapToObj(w -> ServiceWeek.containing(from, zone).plusWeeks(w)).toList();
                List<Long> ids = capacities.pwps(serviceId, weeks.getLast().monday()).stream()
                        .map(CapacityTable.PwpCapacities::pwpId).toList();
                time("  capacities of the team (1 statement)", () -> capacities.pwps(serviceId, today).size());
                time("  loads of the team (1 statement)", () -> loads.forPwps(ids, weeks).hashCode());
                // the acceptance figure: the whole view built server-side, as a manager opening it in a new tab
                try (SecuredBrowserlessApplicationContext<Authentication> app = SpringBrowserlessApplicationContext
                        .createSecured(context, "care.alliance.shared.ui", "care.alliance.timebudget.ui")) {
                    BrowserlessUserContext session = app.newUser(SecurityContextHolder.getContext().getAuthentication());
                    time("team view built (browserless, new window)", () -> open(session, "team-time"));
                    statements.reset();
                    BrowserlessUIContext check = session.newWindow();
                    check.navigate("team-time", Component.class);
                    check.roundTrip();
                    int viewStatements = statements.count();
                    Grid<?> grid = check.find(Grid.class).withId("team-grid").single();
                    report("check: the view's grid holds %d rows and %d columns; %d SQL statements per view",
                            check.test(grid).size(), grid.getColumns().size(), viewStatements);
                }
                SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                if (Boolean.getBoolean("bench.analyze")) { // how MariaDB runs the two halves of the loads
                    String in = String.join(",", ids.stream().map(String::valueOf).toList());
                    report("%s", jdbc.queryForList("ANALYZE FORMAT=JSON SELECT a.pwp_id, a.kind, a.status, COUNT(*),"
                            + " SUM(a.minutes) FROM appointment a WHERE a.pwp_id IN (" + in + ") AND a.start_at >= ?"
                            + " AND a.start_at < ? AND a.status IN ('BOOKED', 'ATTENDED')"
                            + " GROUP BY a.pwp_id, a.kind, a.status", String.class,
                            weeks.getFirst().start().toString().replace("T", " ").replace("Z", ""),
                            weeks.getLast().end().toString().replace("T", " ").replace("Z", "")).getFirst());
                    report("%s", jdbc.queryForList("ANALYZE FORMAT=JSON SELECT t.pwp_id, t.kind, t.state,"
                            + " t.appointment_id IS NOT NULL AND NOT t.origin_withdrawn AS linked, COUNT(*), SUM(t.minutes),"
                            + " SUM(t.captured_minutes) FROM time_entry t WHERE t.pwp_id IN (" + in + ")"
                            + " AND t.work_date >= ? AND t.work_date <= ? GROUP BY t.pwp_id, t.kind, t.state, linked",
                            String.class, weeks.getFirst().monday(), weeks.getLast().sunday()).getFirst());
                }
                SecurityContextHolder.clearContext();
                status.setRollbackOnly();
            });
            report("rolled back: the data set is unchanged (apart from the audit rows of the reads)");
        }
        System.exit(0);
    }



    /** The benchmark's service of 200 PWPs, written inside the caller's (rolled-back) transaction. */
    static final class ServiceOf200 {

        private ServiceOf200() {
        }

        /**
         * The London date of a UTC column, as the capture dates an entry (the embedded MariaDB has no
         * time-zone tables): the column plus the zone's offset, which changes at the transitions between
         * a few weeks before {@code from} and a few after {@code to}.
         */
        static String londonDate(String column, LocalDate from, LocalDate to) {
            java.time.zone.ZoneRules rules = ZoneId.of("Europe/London").getRules();
            java.time.Instant at = from.minusWeeks(2).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            java.time.Instant end = to.plusWeeks(4).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            StringBuilder offset = new StringBuilder("CASE");
            for (var t = rules.nextTransition(at); t != null && t.getInstant().isBefore(end);
                    t = rules.nextTransition(t.getInstant())) {
                offset.append(" WHEN ").append(column).append(" < '")
                        .append(java.time.LocalDateTime.ofInstant(t.getInstant(), java.time.ZoneOffset.UTC))
                        .append("' THEN ").append(t.getOffsetBefore().getTotalSeconds());
            }
            offset.append(" ELSE ").append(rules.getOffset(end).getTotalSeconds()).append(" END");
            return "DATE(" + column + " + INTERVAL (" + offset + ") SECOND)";
        }

        static void create(JdbcTemplate jdbc, LocalDate today, int pwps, String manager) {
            long service = jdbc.queryForObject("SELECT MAX(id) + 1000 FROM service", Long.class);
            jdbc.update("INSERT INTO service (id, code, name, time_zone) VALUES (?, 'bench200', 'Benchmark service of 200',"
                    + " 'Europe/London')", service);
            long managerId = jdbc.queryForObject("SELECT MAX(id) + 1000 FROM staff_user", Long.class);
            jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id)"
                    + " SELECT ?, ?, 'Benchmark Manager', password_hash, 'MANAGER', ? FROM staff_user LIMIT 1",
                    managerId, manager, service);
            jdbc.update("CREATE TEMPORARY TABLE bench_pwp (id BIGINT PRIMARY KEY)");
            jdbc.update("INSERT INTO bench_pwp SELECT id FROM staff_user WHERE role = 'PWP' ORDER BY id LIMIT " + pwps);
            jdbc.update("UPDATE staff_user SET service_id = ? WHERE id IN (SELECT id FROM bench_pwp)", service);
            int moved = jdbc.update("UPDATE patient SET service_id = ? WHERE id IN (SELECT e.patient_id FROM episode e"
                    + " JOIN bench_pwp b ON b.id = e.pwp_id)", service);
            LocalDate start = today.minusWeeks(12);
            int entries = jdbc.update("""
                    INSERT INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, state, captured_minutes,
                                            origin_key, appointment_id, created_at, confirmed_at, updated_at)
                    SELECT a.pwp_id, %s, a.minutes,
                           CASE a.kind WHEN 'ONLINE_REVIEW' THEN 'ONLINE_REVIEW' ELSE 'FACE_TO_FACE' END,
                           a.patient_id, 'AUTO', 'CONFIRMED', a.minutes, CONCAT('appointment:', a.id), a.id,
                           NOW(6), NOW(6), NOW(6)
                    FROM appointment a JOIN bench_pwp b ON b.id = a.pwp_id
                    WHERE a.status = 'ATTENDED' AND a.start_at >= ?""".formatted(londonDate("a.start_at", start, today)),
                    start);
            int supervision = jdbc.update("""
                    INSERT INTO time_entry (pwp_id, work_date, minutes, kind, source, created_at, updated_at)
                    SELECT b.id, ? + INTERVAL w.n WEEK + INTERVAL 2 DAY, 60, 'SUPERVISION', 'MANUAL', NOW(6), NOW(6)
                    FROM bench_pwp b JOIN (SELECT seq AS n FROM seq_0_to_11) w""", start);
            jdbc.update("INSERT INTO pwp_capacity (pwp_id, effective_from, clinical_minutes_per_week, contact_target,"
                    + " blended_percent, set_by, set_at) SELECT id, ?, CASE WHEN MOD(id, 10) = 0 THEN 900 ELSE 1350 END, 20,"
                    + " 20, ?, NOW(6) FROM bench_pwp", start, managerId);
            report("service of %d PWPs: %,d patients moved, %,d captured entries, %,d supervision entries", pwps, moved,
                    entries, supervision);
        }
    }
}
