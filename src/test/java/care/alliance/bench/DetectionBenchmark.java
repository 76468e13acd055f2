package care.alliance.bench;

import static care.alliance.bench.BenchmarkDataSet.report;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.StatementCounter;
import care.alliance.navigator.DetectionResult;
import care.alliance.navigator.detection.Detection;

/**
 * Issue #6's benchmark (not a test): every detection rule over the 100,000-patient data set, wall time
 * and JDBC statements per run (datasource-proxy), issues opened and closed. Three runs: the first opens
 * what the data set holds, the second finds everything already open (the steady state of the
 * 15-minute schedule), then one on-arrival run for 1,000 patients. All of it inside one transaction
 * that is rolled back, so the data set is left as it was. Acceptance: a whole run under 60 s.
 * Run: {@code ./mvnw -Pdetection-benchmark} (docs/benchmarks.md).
 */
public final class DetectionBenchmark {

    private DetectionBenchmark() {
    }

    public static void main(String[] args) {
        int patients = Integer.getInteger("patients", 100_000);
        try (ConfigurableApplicationContext context = BenchmarkDataSet.start(patients, StatementCounter.class)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Detection detection = context.getBean(Detection.class);
            StatementCounter statements = context.getBean(StatementCounter.class);
            report("%,d patients, %,d open episodes, %,d notification events, %,d unresolved issues before",
                    jdbc.queryForObject("SELECT COUNT(*) FROM patient", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM episode WHERE discharged_on IS NULL", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM notification_event", Long.class),
                    jdbc.queryForObject("SELECT COUNT(*) FROM technical_issue WHERE status <> 'RESOLVED'", Long.class));
            List<Long> arrivals = jdbc.queryForList("SELECT id FROM patient ORDER BY id LIMIT 1000", Long.class);
            TransactionTemplate outer = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            outer.executeWithoutResult(status -> {
                time("run 1: all patients (first run)", statements, detection::runAll);
                for (var row : jdbc.queryForList("SELECT category, COUNT(*) AS issues FROM technical_issue"
                        + " WHERE status <> 'RESOLVED' AND source = 'DETECTED' GROUP BY category ORDER BY category")) {
                    report("    open detected %-24s %,d", row.get("category"), row.get("issues"));
                }
                time("run 2: all patients (steady state)", statements, detection::runAll);
                time("run 3: 1,000 patients (on arrival)", statements, () -> detection.runFor(arrivals));
                status.setRollbackOnly();
            });
            report("rolled back: the data set is unchanged");
        }
        System.exit(0);
    }

    private static void time(String what, StatementCounter statements, Supplier<DetectionResult> run) {
        statements.reset();
        long started = System.nanoTime();
        DetectionResult result = run.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        report("%-36s %6.1f s   %3d SQL statements   opened %,d   closed %,d", what, seconds, statements.count(),
                result.opened(), result.closed());
    }
}
