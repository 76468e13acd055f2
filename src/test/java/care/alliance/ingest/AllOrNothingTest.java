package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.diary;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;

/**
 * H08 "2xx only after commit": a database failure in the middle of a request (here a trigger that
 * refuses one diary row, after the raw events, a questionnaire and its risk flag were written)
 * answers 500 and leaves nothing behind, and no event announces data that was rolled back.
 */
@AllianceTest
class AllOrNothingTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void refuseOneDiaryRow() {
        IngestFixtures.ensurePatients(jdbc);
        jdbc.execute("CREATE TRIGGER t_ingest_refuse BEFORE INSERT ON diary_entry FOR EACH ROW"
                + " IF NEW.activity = 'refused by the database' THEN"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test failure'; END IF");
    }

    @AfterEach
    void dropTrigger() {
        jdbc.execute("DROP TRIGGER IF EXISTS t_ingest_refuse");
    }

    @Test
    void H08_aFailureMidRequestIs500AndStoresNothingThenTheRetryIsAcceptedWhole() {
        String run = EventsApi.run();
        String p = IngestFixtures.patient(12);
        List<Map<String, Object>> batch = List.of(mood(run + "1", p, "2026-04-01T09:00:00Z", 5),
                questionnaire(run + "2", p, "2026-04-01T09:01:00Z", "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 2),
                diary(run + "3", p, "2026-04-01T09:02:00Z", "refused by the database", "PLANNED"));
        Map<String, Long> before = IngestFixtures.counts(jdbc);

        try (PublishedEvents published = new PublishedEvents(context, dataSource)) {
            var response = new EventsApi(port).post(EventsApi.body(batch));

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("nothing was stored").doesNotContain("test failure", "SQL");
            assertThat(IngestFixtures.counts(jdbc)).isEqualTo(before);
            assertThat(published.flags).isEmpty();
            assertThat(published.arrivals).isEmpty();
        }

        dropTrigger();
        assertThat(new EventsApi(port).postEvents(batch)).extracting(EventsApi.Result::status)
                .as("nothing of the failed attempt was remembered").containsOnly("ACCEPTED");
    }
}
