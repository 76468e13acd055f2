package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generator itself on a small spec: determinism, sequence ids, and what it reports. */
@DemoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one reseed of the demo after all tests, not one per test
class DemoDataGeneratorTest {

    private static final DemoSpec SMALL = new DemoSpec(42, LocalDate.of(2026, 3, 30), 2, 20, 0.1, 12);

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    DemoWipe wipe;
    @Autowired
    DemoSeeder seeder;
    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    void restoreTheDemoForTheOtherTests() {
        seeder.seed(true);
    }

    @Test
    void sameSeedAndDayWriteIdenticalRowsAndAnotherSeedDoesNot() {
        Map<String, String> first = generateFresh(SMALL);
        Map<String, String> second = generateFresh(SMALL);
        Map<String, String> otherSeed = generateFresh(SMALL.withSeed(43));

        assertThat(second).isEqualTo(first);
        assertThat(first.get("mood_rating")).doesNotStartWith("0 rows");
        assertThat(otherSeed.get("patient")).isNotEqualTo(first.get("patient"));
        assertThat(otherSeed.get("mood_rating")).isNotEqualTo(first.get("mood_rating"));
    }

    @Test
    void idsComeFromSequenceBlocksSoLaterJpaInsertsCannotCollide() {
        wipe.wipe();
        generator.generate(SMALL);

        for (String table : new String[] {"service", "staff_user", "patient", "episode", "appointment", "risk_flag"}) {
            long maxId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
            long nextBlock = jdbc.queryForObject("SELECT NEXTVAL(" + table + "_seq)", Long.class);
            // pooled-lo: whoever calls NEXTVAL next owns nextBlock..nextBlock+49, all above every id written
            assertThat(nextBlock).as(table).isGreaterThan(maxId);
        }
    }

    @Test
    void sequenceBlocksHandOutFiftyIdsPerNextval() {
        SequenceIdBlocks ids = new SequenceIdBlocks(jdbc, "risk_flag_seq");
        long first = ids.next();
        for (int i = 1; i < SequenceIdBlocks.BLOCK; i++) {
            assertThat(ids.next()).isEqualTo(first + i);
        }
        long secondBlock = ids.next();

        assertThat(secondBlock).isEqualTo(first + SequenceIdBlocks.BLOCK); // nobody else drew in between
        assertThat(jdbc.queryForObject("SELECT NEXTVAL(risk_flag_seq)", Long.class))
                .isEqualTo(secondBlock + SequenceIdBlocks.BLOCK);
    }

    @Test
    void theReportCountsWhatReachedTheDatabase() {
        wipe.wipe();
        GenerationReport report = generator.generate(SMALL);

        for (String table : report.rowsPerTable().keySet()) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).as(table)
                    .isEqualTo(report.rows(table));
        }
        assertThat(report.rows("patient")).isBetween(36L, 44L);
        assertThat(report.totalRows()).isGreaterThan(report.rows("patient") * 50);
    }

    private Map<String, String> generateFresh(DemoSpec spec) {
        wipe.wipe();
        generator.generate(spec);
        return RowFingerprints.of(jdbc);
    }
}
