package care.alliance.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.caseload.EpisodeStateProjector;

/**
 * Writes a synthetic blended-CBT service straight into MariaDB with JDBC batches: services, staff,
 * then one PWP caseload after another. Each caseload is its own transaction, which keeps undo
 * small for large runs; a caller that wants all-or-nothing (the demo seeder) wraps the call in its
 * own transaction, which these join. Same spec, same rows: ids aside, nothing depends on the
 * database's state or on the time of day. Last, the episodes' outcome state is computed by the
 * product's own projector (set-based), so demo data look exactly as if they had arrived live.
 */
@Component
public class DemoDataGenerator {

    private static final Log log = LogFactory.getLog(DemoDataGenerator.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EpisodeStateProjector episodeStates;

    DemoDataGenerator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            EpisodeStateProjector episodeStates) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.episodeStates = episodeStates;
    }

    public GenerationReport generate(DemoSpec spec) {
        long started = System.nanoTime();
        DemoTables tables = new DemoTables(jdbc);
        List<DemoStaff.Member> roster = DemoStaff.roster(spec.pwps());
        Map<String, Long> serviceIds = new HashMap<>();
        Map<String, Long> staffIds = new HashMap<>();
        transaction.executeWithoutResult(status -> {
            writeServices(tables, serviceIds);
            writeStaff(tables, roster, serviceIds, DemoPassword.hash(spec.seed()), staffIds);
            tables.flushAll();
        });
        CaseloadWriter caseloads = new CaseloadWriter(jdbc, tables, spec);
        SplittableRandom root = new SplittableRandom(spec.seed());
        List<DemoStaff.Member> pwps = roster.stream().filter(DemoStaff.Member::pwp).toList();
        for (int i = 0; i < pwps.size(); i++) {
            DemoStaff.Member pwp = pwps.get(i);
            SplittableRandom random = root.split();
            boolean first = i == 0;
            transaction.executeWithoutResult(status -> {
                caseloads.write(staffIds.get(pwp.username()), serviceIds.get(pwp.serviceCode()), first, random);
                tables.flushAll();
            });
            if (pwps.size() >= 100 && (i + 1) % (pwps.size() / 10) == 0) {
                log.info("Generated %d of %d caseloads".formatted(i + 1, pwps.size()));
            }
        }
        Map<String, Long> rows = tables.counts();
        long rebuildStarted = System.nanoTime();
        rows.put("episode_state", episodeStates.rebuildAll());
        log.info("Episode state computed for %d episodes in %d ms".formatted(rows.get("episode_state"),
                (System.nanoTime() - rebuildStarted) / 1_000_000));
        return new GenerationReport(rows, Duration.ofNanos(System.nanoTime() - started));
    }

    private void writeServices(DemoTables tables, Map<String, Long> serviceIds) {
        SequenceIdBlocks ids = new SequenceIdBlocks(jdbc, "service_seq");
        for (DemoStaff.Service service : DemoStaff.SERVICES) {
            long id = ids.next();
            serviceIds.put(service.code(), id);
            tables.service.add(id, service.code(), service.name(), DemoTime.SERVICE_ZONE.getId());
        }
    }

    /** Every account gets the same hash: they share one published password, and BCrypt is slow. */
    private void writeStaff(DemoTables tables, List<DemoStaff.Member> roster, Map<String, Long> serviceIds,
            String passwordHash, Map<String, Long> staffIds) {
        SequenceIdBlocks ids = new SequenceIdBlocks(jdbc, "staff_user_seq");
        for (DemoStaff.Member member : roster) {
            long id = ids.next();
            staffIds.put(member.username(), id);
            tables.staff.add(id, member.username(), member.displayName(), passwordHash, member.role(),
                    member.serviceCode() == null ? null : serviceIds.get(member.serviceCode()));
        }
    }
}
