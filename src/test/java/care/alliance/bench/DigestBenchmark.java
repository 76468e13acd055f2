package care.alliance.bench;

import static care.alliance.bench.BenchmarkDataSet.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;

import javax.sql.DataSource;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.digest.internal.BuildPass;
import care.alliance.digest.internal.DigestBuildPlanner;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.patients.AppointmentRecords;
import care.alliance.patients.AppointmentRecords.AppointmentRef;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Issue #5's digest benchmark (not a test): on the 100,000-patient data set, builds a digest for every
 * BOOKED appointment of the busiest London day (at least 3,000) with as many worker threads as the
 * production Quartz pool, and reports wall time for the day, digests/s, per-digest p50/p95/max and
 * SQL statements per digest. Each build is {@link DigestBuilds#build} inside an outer transaction that
 * is rolled back, so every round does the whole work, insert included, and leaves the data set as it
 * was (apart from the audit rows, which {@code AuditLog} commits on its own, as in production). Then,
 * unless {@code -Dbench.quartz=false}, the real path once: {@link DigestBuildPlanner#buildNow} for the
 * second-busiest day with the Quartz scheduler started, timed until every job has run; that one
 * commits. Run: {@code ./mvnw -Pdigest-benchmark} (docs/benchmarks.md).
 */
public final class DigestBenchmark {

    static final int MIN_APPOINTMENTS = Integer.getInteger("bench.appointments", 3_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    static final boolean QUARTZ = Boolean.parseBoolean(System.getProperty("bench.quartz", "true"));
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Marks the appointments a top-up added, so a later run recognises them (it adds none then). */
    static final String TOP_UP_PREFIX = "bench-digest-";

    private DigestBenchmark() {
    }

    record Day(LocalDate date, int booked) {

        Instant from() {
            return date.atStartOfDay(LONDON).toInstant();
        }

        Instant to() {
            return date.plusDays(1).atStartOfDay(LONDON).toInstant();
        }
    }

    record Build(long nanos, int statements, boolean stored) {
    }

    public static void main(String[] args) throws Exception {
        int patients = Integer.getInteger("patients", 100_000);
        Statements statements = new Statements();
        try (ConfigurableApplicationContext context = BenchmarkDataSet.start(patients,
                List.of(ctx -> ctx.getBeanFactory().addBeanPostProcessor(statements)))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AppointmentRecords appointments = context.getBean(AppointmentRecords.class);
            int threads = Integer.getInteger("bench.threads", context.getEnvironment()
                    .getProperty("spring.quartz.properties.org.quartz.threadPool.threadCount", Integer.class, 4));

            List<Day> days = bookedDays(jdbc);
            Day main = days.getFirst();
            report("Busiest London days by BOOKED appointments: %s", days.stream().limit(4)
                    .map(day -> day.date() + " " + String.format("%,d", day.booked())).toList());
            if (main.booked() < MIN_APPOINTMENTS) {
                int added = topUp(jdbc, main, MIN_APPOINTMENTS - main.booked());
                report("Top-up: %s had %,d BOOKED appointments; added %,d for open-episode patients (external id %s...)",
                        main.date(), main.booked(), added, TOP_UP_PREFIX);
                days = bookedDays(jdbc);
                main = days.getFirst();
            }
            long toppedUp = jdbc.queryForObject("SELECT COUNT(*) FROM appointment WHERE external_id LIKE ?",
                    Long.class, TOP_UP_PREFIX + "%");
            List<Long> day = appointments.bookedStartingIn(main.from(), main.to()).stream().map(AppointmentRef::id)
                    .toList();
            report("Day %s (London): %,d BOOKED appointments (%,d of them added by an earlier top-up); %d worker threads",
                    main.date(), day.size(), toppedUp, threads);

            DigestBuilds builds = context.getBean(DigestBuilds.class);
            TransactionTemplate rolledBack = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                if (days.size() > 2 && WARMUP > 0) {
                    List<Long> warmup = appointments.bookedStartingIn(days.get(2).from(), days.get(2).to()).stream()
                            .map(AppointmentRef::id).limit(WARMUP).toList();
                    runDay(pool, warmup, id -> build(builds, rolledBack, statements, id));
                    report("Warm-up: %d builds of %s's appointments, not counted", warmup.size(), days.get(2).date());
                }
                statements.profile(true);
                for (int round = 1; round <= ROUNDS; round++) {
                    long start = System.nanoTime();
                    List<Build> results = runDay(pool, day, id -> build(builds, rolledBack, statements, id));
                    reportRound(round, results, System.nanoTime() - start);
                }
                statements.profile(false);
                if (ROUNDS > 0) {
                    statements.reportProfile(ROUNDS * day.size());
                }
            } finally {
                pool.shutdown();
            }
            if (QUARTZ && days.size() > 1) {
                throughQuartz(context, jdbc, appointments, days.get(1));
            }
        }
        System.exit(0);
    }

    /** BOOKED appointments per London day, busiest first. London is a whole number of hours off UTC. */
    static List<Day> bookedDays(JdbcTemplate jdbc) {
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        jdbc.query("SELECT DATE(start_at), HOUR(start_at), COUNT(*) FROM appointment WHERE status = 'BOOKED'"
                + " GROUP BY DATE(start_at), HOUR(start_at)", rs -> {
                    LocalDate london = rs.getObject(1, LocalDate.class).atTime(rs.getInt(2), 0)
                            .atOffset(ZoneOffset.UTC).atZoneSameInstant(LONDON).toLocalDate();
                    byDay.merge(london, rs.getInt(3), Integer::sum);
                });
        List<Day> days = new ArrayList<>(byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
        days.sort(Comparator.comparingInt(Day::booked).reversed().thenComparing(Day::date));
        if (days.isEmpty()) {
            throw new IllegalStateException("no BOOKED appointments in the data set");
        }
        return days;
    }

    /**
     * Books {@code needed} more sessions on the day for open episodes without one that day, by patient
     * id, 30 minutes each between 09:00 and 17:00 London; ids from appointment_seq in pooled-lo blocks
     * of 50, as the generator takes them. Run only while the busiest day is short, so it adds once.
     */
    static int topUp(JdbcTemplate jdbc, Day day, int needed) {
        List<long[]> episodes = jdbc.query("""
                SELECT e.id, e.patient_id, e.pwp_id FROM episode e
                WHERE e.discharged_on IS NULL AND NOT EXISTS (SELECT 1 FROM appointment a
                    WHERE a.patient_id = e.patient_id AND a.start_at >= ? AND a.start_at < ?)
                ORDER BY e.patient_id LIMIT ?""", (rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                utc(day.from()), utc(day.to()), needed);
        List<Object[]> rows = new ArrayList<>();
        long next = 0;
        int left = 0;
        for (int i = 0; i < episodes.size(); i++) {
            if (left == 0) {
                next = jdbc.queryForObject("SELECT NEXTVAL(appointment_seq)", Long.class);
                left = 50;
            }
            long[] episode = episodes.get(i);
            Instant start = day.date().atTime(9, 0).plusMinutes(30L * (i % 16)).atZone(LONDON).toInstant();
            rows.add(new Object[] {next++, TOP_UP_PREFIX + day.date() + "-" + episode[1], episode[0], episode[1],
                    episode[2], utc(start)});
            left--;
        }
        jdbc.batchUpdate("""
                INSERT INTO appointment (id, external_id, episode_id, patient_id, pwp_id, kind, start_at, minutes, status)
                VALUES (?, ?, ?, ?, ?, 'FACE_TO_FACE', ?, 30, 'BOOKED')""", rows);
        return rows.size();
    }

    private static Build build(DigestBuilds builds, TransactionTemplate rolledBack, Statements statements, long id) {
        statements.reset();
        long start = System.nanoTime();
        Boolean stored = rolledBack.execute(status -> {
            status.setRollbackOnly();
            return builds.build(id).isPresent();
        });
        return new Build(System.nanoTime() - start, statements.count(), Boolean.TRUE.equals(stored));
    }

    private static List<Build> runDay(ExecutorService pool, List<Long> ids,
            LongFunction<Build> build) throws Exception {
        List<Future<Build>> futures = new ArrayList<>(ids.size());
        for (long id : ids) {
            futures.add(pool.submit(() -> build.apply(id)));
        }
        List<Build> results = new ArrayList<>(ids.size());
        for (Future<Build> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static void reportRound(int round, List<Build> results, long wallNanos) {
        int n = results.size();
        long[] nanos = results.stream().mapToLong(Build::nanos).sorted().toArray();
        int[] counts = results.stream().mapToInt(Build::statements).sorted().toArray();
        long stored = results.stream().filter(Build::stored).count();
        report("Round %d: %,d digests in %.1f s = %.0f digests/s; per digest p50 %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " SQL statements per digest min %d / mean %.1f / max %d; %,d would have stored a new version"
                + " (rolled back)", round, n, wallNanos / 1e9, n / (wallNanos / 1e9), nanos[n / 2] / 1e6,
                nanos[(int) Math.ceil(n * 0.95) - 1] / 1e6, nanos[n - 1] / 1e6, counts[0],
                Arrays.stream(counts).average().orElse(0), counts[n - 1], stored);
    }

    /**
     * The production path: the planner schedules one {@code requested} job per appointment, the started
     * scheduler's pool runs them, each in its own committed transaction. Timed until the last of this
     * day's jobs has run.
     */
    private static void throughQuartz(ConfigurableApplicationContext context, JdbcTemplate jdbc,
            AppointmentRecords appointments, Day day) throws Exception {
        Scheduler scheduler = context.getBean(Scheduler.class);
        DigestBuildPlanner planner = context.getBean(DigestBuildPlanner.class);
        Set<JobKey> expected = new HashSet<>();
        int sessions = appointments.bookedStartingIn(day.from(), day.to()).size();
        for (int lot = 0; lot * DigestBuildPlanner.LOT_SIZE < sessions; lot++) {
            expected.add(DigestBuildPlanner.lotKey(BuildPass.REQUESTED, DigestBuildPlanner.window(day.from(),
                    day.to()), lot));
        }
        String digestsOfDay = """
                SELECT COUNT(*) FROM digest d JOIN appointment a ON a.id = d.appointment_id
                WHERE a.status = 'BOOKED' AND a.start_at >= ? AND a.start_at < ?""";
        long before = jdbc.queryForObject(digestsOfDay, Long.class, utc(day.from()), utc(day.to()));
        int waiting = scheduler.getJobKeys(GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP)).size();
        Semaphore done = new Semaphore(0);
        AtomicInteger failed = new AtomicInteger();
        scheduler.getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return "digest-benchmark";
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext job) {
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext job) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext job, JobExecutionException failure) {
                if (expected.contains(job.getJobDetail().getKey())) {
                    if (failure != null) {
                        failed.incrementAndGet();
                    }
                    done.release();
                }
            }
        }, GroupMatcher.jobGroupEquals(DigestBuildPlanner.GROUP));
        scheduler.start();
        long start = System.nanoTime();
        int planned = planner.buildNow(day.from(), day.to());
        long plannedAt = System.nanoTime();
        boolean all = done.tryAcquire(expected.size(), 15, TimeUnit.MINUTES);
        long end = System.nanoTime();
        scheduler.standby();
        long after = jdbc.queryForObject(digestsOfDay, Long.class, utc(day.from()), utc(day.to()));
        report("Through Quartz (%s, %,d BOOKED appointments, %,d digests already stored for them, %d other jobs"
                + " waiting): buildNow scheduled %,d builds in %,d lot jobs in %.1f s; all %s in %.1f s from the call"
                + " = %.0f digests/s; %d lot(s) with failures; %,d new versions committed (%s)", day.date(), sessions,
                before, waiting, planned, expected.size(), (plannedAt - start) / 1e9,
                all ? "ran" : "had NOT run (timed out)", (end - start) / 1e9, sessions / ((end - start) / 1e9),
                failed.get(), after - before,
                after - before == 0 ? "a rerun: inputs unchanged, nothing stored" : "a first run: every build stored");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Wraps the application's DataSource with datasource-proxy, as the tests' StatementCounter does, but
     * only counts (per thread, since {@link #reset()}) and, while profiling, sums time per SQL text.
     */
    static final class Statements implements BeanPostProcessor, QueryExecutionListener {

        private final ThreadLocal<long[]> perThread = ThreadLocal.withInitial(() -> new long[2]);
        private final Map<String, LongAdder[]> bySql = new ConcurrentHashMap<>();
        private volatile boolean profiling;

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                return ProxyDataSourceBuilder.create(dataSource).name("bench").listener(this).build();
            }
            return bean;
        }

        void reset() {
            perThread.get()[0] = 0;
        }

        int count() {
            return (int) perThread.get()[0];
        }

        void profile(boolean on) {
            profiling = on;
        }

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            perThread.get()[1] = System.nanoTime();
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            long[] mine = perThread.get();
            mine[0]++;
            if (profiling) {
                String sql = queries.isEmpty() ? "?" : queries.getFirst().getQuery().replaceAll("\\s+", " ").strip();
                LongAdder[] sums = bySql.computeIfAbsent(sql, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
                sums[0].increment();
                sums[1].add(System.nanoTime() - mine[1]);
            }
        }

        /** Where the SQL time went: statements by total time, per digest. */
        void reportProfile(int digests) {
            double total = bySql.values().stream().mapToLong(sums -> sums[1].sum()).sum();
            report("SQL time per digest %.2f ms (summed over threads); by statement, most time first:",
                    total / 1e6 / digests);
            bySql.entrySet().stream().sorted(Comparator.comparingLong(e -> -e.getValue()[1].sum())).limit(16)
                    .forEach(e -> report("  %5.1f %%  %5.2f per digest  %6.3f ms each  %s",
                            100 * e.getValue()[1].sum() / total, e.getValue()[0].sum() / (double) digests,
                            e.getValue()[1].sum() / 1e6 / e.getValue()[0].sum(),
                            e.getKey().length() > 110 ? e.getKey().substring(0, 110) + "..." : e.getKey()));
        }
    }
}
