package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** First start seeds, later starts keep the data, reseed wipes and writes the same demo. Each test leaves the demo seeded. */
@DemoTest
class DemoSeederTest {

    @Autowired
    DemoSeeder seeder;
    @Autowired
    DemoWipe wipe;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void seedsWhenTheServiceTableIsEmptyWithinThirtySeconds() {
        // the context's start already seeded the empty database; empty it again to watch a first start
        wipe.wipe();
        DemoSeeder.Result result = seeder.seed(false);

        assertThat(result.seeded()).isTrue();
        assertThat(result.millis()).isLessThan(30_000);
        assertThat(jdbc.queryForList("SELECT code FROM service ORDER BY code", String.class))
                .containsExactly("north", "south");
        assertThat(result.report().rows("patient")).isBetween(450L, 600L);
        assertThat(count("patient")).isEqualTo(result.report().rows("patient"));
        assertThat(count("mood_rating")).isEqualTo(result.report().rows("mood_rating"));
    }

    @Test
    void laterStartsLeaveExistingDataAlone() {
        Map<String, Long> before = counts();
        String name = jdbc.queryForObject("SELECT display_name FROM patient WHERE programme_id = 'mb-1001'",
                String.class);
        jdbc.update("UPDATE patient SET display_name = 'Changed by a presenter' WHERE programme_id = 'mb-1001'");

        try {
            DemoSeeder.Result result = seeder.seed(false);

            assertThat(result.seeded()).isFalse();
            assertThat(counts()).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT display_name FROM patient WHERE programme_id = 'mb-1001'",
                    String.class)).isEqualTo("Changed by a presenter");
        } finally {
            jdbc.update("UPDATE patient SET display_name = ? WHERE programme_id = 'mb-1001'", name);
        }
    }

    @Test
    void reseedWipesAndWritesTheSameDemoAgainWithTheSameCountsKeepingTheAuditTrail() {
        Map<String, Long> countsBefore = counts();
        Map<String, String> before = RowFingerprints.of(jdbc);
        jdbc.update("UPDATE patient SET display_name = 'Changed by a presenter' WHERE programme_id = 'mb-1001'");
        jdbc.update("INSERT INTO audit_event (occurred_at, username, role, patient_id, action, outcome)"
                + " VALUES (NOW(6), 'pwp.jones', 'PWP', NULL, 'VIEW_CASELOAD', 'OK')");
        long audits = count("audit_event");
        long lastAudit = jdbc.queryForObject("SELECT MAX(id) FROM audit_event", Long.class);

        DemoSeeder.Result result = seeder.seed(true);

        assertThat(result.seeded()).isTrue();
        assertThat(result.wipedRows()).isGreaterThan(result.report().totalRows() / 2);
        assertThat(counts()).isEqualTo(countsBefore).containsEntry("service", 2L);
        assertThat(RowFingerprints.of(jdbc)).isEqualTo(before);
        // the trail is kept whole; the reseed's own digest builds only add to it
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE id <= ?", Long.class, lastAudit))
                .isEqualTo(audits);
        assertThat(result.digests()).as("digests for the demo's sessions of the next 36 hours").isPositive();
        assertThat(count("digest")).as("the old digests went with the wipe (TRUNCATE), the new ones were built")
                .isEqualTo(result.digests());
        assertThat(result.issuesOpened()).as("the reseed's detection run found the demo's problems again").isPositive();
        assertThat(count("technical_issue")).isEqualTo(result.issuesOpened());
    }

    private Map<String, Long> counts() {
        return Map.of("service", count("service"), "staff_user", count("staff_user"), "patient", count("patient"),
                "episode", count("episode"), "appointment", count("appointment"),
                "notification_event", count("notification_event"), "risk_flag", count("risk_flag"));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
