package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.programme.ProgrammeDataArrived;

/** H01: PHQ-9 item 9 above 0 raises an OPEN risk flag in the request that delivers it, never later. */
@AllianceTest
class RiskFlagOnArrivalTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    DataSource dataSource;
    EventsApi api;
    String run;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        api = new EventsApi(port);
        run = EventsApi.run();
    }

    private List<Map<String, Object>> flagsOf(long patientId) {
        return jdbc.queryForList("SELECT f.id, f.status, f.reason, f.raised_at, f.reviewed_by, f.reviewed_at, f.review_note,"
                + " q.event_id FROM risk_flag f JOIN questionnaire q ON q.id = f.questionnaire_id"
                + " WHERE f.patient_id = ? AND q.event_id LIKE ? ORDER BY q.event_id", patientId, run + "%");
    }

    @Test
    void H01_item9Of1To3RaisesAnOpenFlagPerQuestionnaireAndNothingElseDoes() {
        String p = IngestFixtures.patient(7);
        long patientId = IngestFixtures.patientId(jdbc, 7);
        LocalDateTime sent = LocalDateTime.now(ZoneOffset.UTC).minusSeconds(1);

        List<EventsApi.Result> results = api.postEvents(List.of(
                questionnaire(run + "a", p, "2026-03-02T09:00:00Z", "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 1),
                questionnaire(run + "b", p, "2026-03-09T09:00:00Z", "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 2),
                questionnaire(run + "c", p, "2026-03-16T09:00:00Z", "PHQ9", 3, 3, 3, 3, 3, 3, 3, 3, 3),
                questionnaire(run + "d", p, "2026-03-23T09:00:00Z", "PHQ9", 3, 3, 3, 3, 3, 3, 3, 3, 0),
                questionnaire(run + "e", p, "2026-03-23T09:05:00Z", "GAD7", 3, 3, 3, 3, 3, 3, 3),
                mood(run + "f", p, "2026-03-23T10:00:00Z", 1)));

        assertThat(results).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        List<Map<String, Object>> flags = flagsOf(patientId);
        assertThat(flags).extracting(f -> f.get("event_id")).containsExactly(run + "a", run + "b", run + "c");
        assertThat(flags).extracting(f -> f.get("reason"))
                .containsExactly("PHQ-9 item 9 scored 1", "PHQ-9 item 9 scored 2", "PHQ-9 item 9 scored 3");
        assertThat(flags).allSatisfy(flag -> {
            assertThat(flag.get("status")).isEqualTo("OPEN");
            assertThat(flag.get("reviewed_by")).isNull();
            assertThat(flag.get("reviewed_at")).isNull();
            assertThat(flag.get("review_note")).isNull();
            LocalDateTime raised = ((java.sql.Timestamp) flag.get("raised_at")).toLocalDateTime();
            assertThat(raised).as("raised on arrival").isBetween(sent, LocalDateTime.now(ZoneOffset.UTC).plusSeconds(1));
        });
    }

    @Test
    void H01_riskFlagRaisedIsPublishedWithIdsOnlyOnceCommittedBeforeTheResponse() {
        String p = IngestFixtures.patient(8);
        long patientId = IngestFixtures.patientId(jdbc, 8);
        try (PublishedEvents published = new PublishedEvents(context, dataSource)) {
            api.postEvents(List.of(questionnaire(run + "r", p, "2026-04-01T09:00:00Z", "PHQ9", 2, 2, 2, 2, 2, 2, 2, 2, 2),
                    questionnaire(run + "s", p, "2026-04-01T09:05:00Z", "GAD7", 2, 2, 2, 2, 2, 2, 2)));

            // no waiting: the flag's event was delivered before the 200 was sent
            assertThat(published.outsideTransaction).isEmpty();
            assertThat(published.flags).hasSize(1);
            PublishedEvents.Flag flag = published.flags.getFirst();
            assertThat(flag.committed()).as("the flag is committed when the event arrives").isTrue();
            assertThat(flag.event().patientId()).isEqualTo(patientId);
            assertThat(flag.event().riskFlagId()).isEqualTo(flagsOf(patientId).getFirst().get("id"));
        }
    }

    @Test
    void H01_aLateOldQuestionnaireStillRaisesItsOwnFlagBesideAnOpenOne() {
        String p = IngestFixtures.patient(9);
        long patientId = IngestFixtures.patientId(jdbc, 9);
        api.postEvents(List.of(questionnaire(run + "new", p, "2026-05-10T09:00:00Z", "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 1)));

        api.postEvents(List.of(questionnaire(run + "old", p, "2026-04-10T09:00:00Z", "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 3)));

        assertThat(flagsOf(patientId)).extracting(f -> f.get("event_id")).containsExactlyInAnyOrder(run + "new", run + "old");
        assertThat(flagsOf(patientId)).extracting(f -> f.get("status")).containsOnly("OPEN");
    }

    @Test
    void H01_aQuestionnaireThatIsRejectedRaisesNoFlagButSaysWhy() {
        String p = IngestFixtures.patient(9);
        long patientId = IngestFixtures.patientId(jdbc, 9);

        EventsApi.Result result = api.postEvents(List.of(
                questionnaire(run + "x", p, "2026-04-10T09:00:00Z", "PHQ9", 1, 1, 1, 1, 1, 1, 1, 3))).getFirst();

        assertThat(result.status()).isEqualTo("REJECTED");
        assertThat(result.error()).isEqualTo("items must have 9 values");
        assertThat(flagsOf(patientId)).isEmpty();
    }

    @Test
    void programmeDataArrivedIsPublishedOncePerPatientPerBatch() {
        String a = IngestFixtures.patient(10);
        String b = IngestFixtures.patient(11);
        try (PublishedEvents published = new PublishedEvents(context, dataSource)) {
            api.postEvents(List.of(mood(run + "1", a, "2026-04-01T09:00:00Z", 5), mood(run + "2", b, "2026-04-01T09:00:00Z", 5),
                    mood(run + "3", a, "2026-04-02T09:00:00Z", 6), mood(run + "4", a, "2026-04-03T09:00:00Z", 7),
                    mood(run + "5", "mb-unknown", "2026-04-03T09:00:00Z", 7)));

            assertThat(published.arrivals).containsExactlyInAnyOrder(
                    new ProgrammeDataArrived(IngestFixtures.patientId(jdbc, 10)),
                    new ProgrammeDataArrived(IngestFixtures.patientId(jdbc, 11)));
            published.arrivals.clear();

            api.postEvents(List.of(mood(run + "1", a, "2026-04-01T09:00:00Z", 5)));

            assertThat(published.arrivals).as("a batch of duplicates brings no new data").isEmpty();
        }
    }
}
