package care.alliance.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.digest.UpcomingDigestBuilds;
import care.alliance.navigator.SeededDataDetection;
import care.alliance.timebudget.SeededTimeCapture;

/**
 * Profile {@code demo}: seeds the demo service on first start (no service yet) and leaves it alone
 * afterwards, so what a presenter changed survives a restart. {@code alliance.demo.reseed=true}
 * wipes the application's data and seeds again. Wipe and seed are one transaction: a start that
 * dies half-way leaves the database as it was, never half a demo.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE) // before other demo runners (the demo integration), which a reseed's wipe would undo
class DemoSeeder implements ApplicationRunner {

    private static final Log log = LogFactory.getLog(DemoSeeder.class);

    /**
     * @param digests pre-session digests built for the appointments of the next 36 hours
     * @param issuesOpened technical issues the first detection run opened
     */
    record Result(boolean seeded, long wipedRows, GenerationReport report, long millis, int digests, int issuesOpened) {
    }

    /** Weeks of attended appointments captured into the time ledger: the manager's 12-week trend. */
    static final int TIME_WEEKS = 12;

    private final DemoDataGenerator generator;
    private final DemoWipe wipe;
    private final UpcomingDigestBuilds upcomingDigests;
    private final SeededDataDetection detection;
    private final SeededTimeCapture timeCapture;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long seed;
    private final boolean reseed;

    DemoSeeder(DemoDataGenerator generator, DemoWipe wipe, UpcomingDigestBuilds upcomingDigests,
            SeededDataDetection detection, SeededTimeCapture timeCapture, JdbcTemplate jdbc,
            PlatformTransactionManager tm, Clock clock, @Value("${alliance.demo.seed:20261123}") long seed,
            @Value("${alliance.demo.reseed:false}") boolean reseed) {
        this.generator = generator;
        this.wipe = wipe;
        this.upcomingDigests = upcomingDigests;
        this.detection = detection;
        this.timeCapture = timeCapture;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(tm);
        this.clock = clock;
        this.seed = seed;
        this.reseed = reseed;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            seed(reseed);
        } catch (DuplicateKeyException e) {
            // Expected when two nodes start on an empty database at once and the other one's demo won.
            // Nothing was written (one transaction), and the application still starts.
            log.warn("Demo seeding rolled back on a duplicate key (another node seeding at the same time?): "
                    + e.getMostSpecificCause().getMessage());
        }
    }

    Result seed(boolean wipeFirst) {
        long started = System.nanoTime();
        boolean empty = jdbc.queryForObject("SELECT COUNT(*) FROM service", Long.class) == 0;
        if (!empty && !wipeFirst) {
            log.info("Demo data present: not seeding (set alliance.demo.reseed=true to wipe and seed again)");
            return new Result(false, 0, null, 0, 0, 0);
        }
        // The service's calendar day (Europe/London), not UTC's: they differ for an hour each night in summer.
        LocalDate today = LocalDate.now(clock.withZone(DemoTime.SERVICE_ZONE));
        Result seeded = transaction.execute(status -> {
            long wiped = empty ? 0 : wipe.wipe();
            GenerationReport report = generator.generate(DemoSpec.demoService(seed, today));
            new DemoOnboarding(jdbc).write(today);
            // the time ledger as the nightly capture and the PWPs would have left it (issue #7)
            timeCapture.captureRecentWeeks(TIME_WEEKS);
            new DemoTimeBudget(jdbc, clock).write(today);
            return new Result(true, wiped, report, 0, 0, 0);
        });
        // after the commit, as the real jobs would: the navigator's queue holds the demo's technical
        // problems, and the upcoming sessions have their digests (which list those problems) at once
        int opened = detection.runOnceNow().opened();
        int digests = upcomingDigests.buildUpcomingNow();
        Result result = new Result(true, seeded.wipedRows(), seeded.report(), (System.nanoTime() - started) / 1_000_000,
                digests, opened);
        log.info("Demo service %s in %d ms (seed %d, today %s): %s; rows per table %s".formatted(
                empty ? "seeded" : "wiped (" + result.wipedRows() + " rows) and reseeded", result.millis(), seed,
                today, result.report().summary(), result.report().rowsPerTable())
                + "; %d technical issues detected; %d pre-session digests built".formatted(result.issuesOpened(),
                        result.digests()));
        log.info("Sign in as pwp.jones (password " + DemoPassword.PASSWORD + ") to see the demo's problem patients: "
                + "R. Risk (open risk flag), S. Storm (reminder storm), Q. Quiet (reminders stopped), "
                + "L. Locked (locked out of the app)");
        return result;
    }
}
