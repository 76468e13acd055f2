package care.alliance.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.Application;
import care.alliance.demo.DemoDataGenerator;
import care.alliance.demo.DemoSpec;

/**
 * The large generated service the benchmarks of the caseload, digests, detection and the time
 * budget run on: 100,000 patients in caseloads of 50 (2,000 PWPs), kept in an embedded MariaDB
 * under {@code data/benchmark} (outside the temp dir, so it survives: generating it takes ~4
 * minutes, reusing it ~1 s). Delete that folder, or pass another {@code -Dpatients}, to generate
 * afresh. Not a test fixture: it is the whole application, started as in production, scheduler off.
 */
final class BenchmarkDataSet {

    static final String DATA_DIR = System.getProperty("bench.data-dir", "data/benchmark");
    static final long SEED = 20261123L;

    private BenchmarkDataSet() {
    }

    static ConfigurableApplicationContext start(int patients) {
        return start(patients, List.of());
    }

    /**
     * @param extraSources more configuration for the benchmark, e.g. a statement counter; detection's
     *        schedule and on-arrival runs are off so a benchmark measures only what it calls
     */
    static ConfigurableApplicationContext start(int patients, Class<?>... extraSources) {
        return start(patients, List.of(), extraSources);
    }

    /** With initializers run before the context refreshes, e.g. to add a bean post-processor. */
    static ConfigurableApplicationContext start(int patients,
            List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers,
            Class<?>... extraSources) {
        List<String> arguments = new ArrayList<>(List.of("--alliance.embedded-db.data-dir=" + DATA_DIR,
                "--alliance.embedded-db.database=alliance_bench_" + patients, "--spring.quartz.auto-startup=false",
                "--alliance.detection.enabled=false",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        List<Class<?>> sources = new ArrayList<>(List.of(Application.class));
        sources.addAll(List.of(extraSources));
        ConfigurableApplicationContext context;
        try {
            SpringApplication application = new SpringApplication(sources.toArray(Class<?>[]::new));
            application.addInitializers(initializers.toArray(ApplicationContextInitializer[]::new));
            context = application.run(arguments.toArray(String[]::new));
        } catch (RuntimeException startupFailed) {
            // as in Application.main: without an exit the embedded database's watcher thread keeps the JVM up
            System.exit(1);
            throw startupFailed;
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long present = jdbc.queryForObject("SELECT COUNT(*) FROM patient", Long.class);
        if (present < patients) {
            if (present > 0) {
                throw new IllegalStateException("The benchmark database in " + DATA_DIR + " holds " + present
                        + " patients, fewer than " + patients + ": delete the folder and run again.");
            }
            LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(java.time.ZoneId.of("Europe/London")));
            long started = System.nanoTime();
            report("Generating %,d patients into %s (about 4 minutes for 100,000)...", patients, DATA_DIR);
            context.getBean(DemoDataGenerator.class).generate(DemoSpec.largeService(SEED, today, patients));
            report("Generated in %.0f s", (System.nanoTime() - started) / 1e9);
        } else {
            report("Reusing %,d generated patients in %s", present, DATA_DIR);
        }
        return context;
    }

    /** Benchmarks are command-line reports: their output is the product, so it goes to standard out. */
    static void report(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
