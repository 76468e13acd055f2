package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.diary;
import static care.alliance.ingest.EventsApi.login;
import static care.alliance.ingest.EventsApi.message;
import static care.alliance.ingest.EventsApi.module;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.notification;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

/** Every event type of api.md, over HTTP, lands in its fact table with exactly the sent values. */
@AllianceTest
class EventTypesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    EventsApi api;
    String run;
    String patient;
    long patientId;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        api = new EventsApi(port);
        run = EventsApi.run();
        patient = IngestFixtures.patient(1);
        patientId = IngestFixtures.patientId(jdbc, 1);
    }

    @Test
    void everyTypeIsAcceptedInOrderAndStoredInItsTable() {
        List<EventsApi.Result> results = api.postEvents(List.of(
                mood(run + "1", patient, "2026-02-03T20:01:00Z", 6),
                questionnaire(run + "2", patient, "2026-02-03T20:05:00Z", "PHQ9", 1, 2, 1, 0, 1, 2, 1, 0, 0),
                login(run + "3", patient, "2026-02-03T19:59:00Z", false, "BAD_PASSWORD"),
                module(run + "4", patient, "2026-02-03T20:10:00Z", "BEHAVIOURAL_ACTIVATION", 40),
                notification(run + "5", patient, "2026-02-03T08:00:00Z", "n-77", "MOOD_REMINDER", "DELIVERED"),
                diary(run + "6", patient, "2026-02-03T18:00:00Z", "Walk the dog", "COMPLETED"),
                message(run + "7", patient, "2026-02-03T21:00:00+01:00", "I couldn't log in on Tuesday")));

        assertThat(results).extracting(EventsApi.Result::id)
                .containsExactly(run + "1", run + "2", run + "3", run + "4", run + "5", run + "6", run + "7");
        assertThat(results).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        assertThat(results).extracting(EventsApi.Result::error).containsOnlyNulls();

        assertThat(jdbc.queryForMap("SELECT patient_id, score FROM mood_rating WHERE event_id = ?", run + "1"))
                .containsEntry("patient_id", patientId).containsEntry("score", 6);
        assertThat(occurredAt("mood_rating", run + "1")).isEqualTo("2026-02-03T20:01:00");
        assertThat(jdbc.queryForMap("SELECT instrument, item_1, item_2, item_6, item_9, total FROM questionnaire"
                + " WHERE event_id = ?", run + "2")).containsEntry("instrument", "PHQ9").containsEntry("item_1", 1)
                .containsEntry("item_2", 2).containsEntry("item_6", 2).containsEntry("item_9", 0).containsEntry("total", 8);
        assertThat(jdbc.queryForMap("SELECT success, reason FROM login_event WHERE event_id = ?", run + "3"))
                .containsEntry("success", false).containsEntry("reason", "BAD_PASSWORD");
        assertThat(jdbc.queryForMap("SELECT module, percent FROM module_progress WHERE event_id = ?", run + "4"))
                .containsEntry("module", "BEHAVIOURAL_ACTIVATION").containsEntry("percent", 40);
        assertThat(jdbc.queryForMap("SELECT notification_id, kind, status FROM notification_event WHERE event_id = ?",
                run + "5")).containsEntry("notification_id", "n-77").containsEntry("kind", "MOOD_REMINDER")
                .containsEntry("status", "DELIVERED");
        assertThat(jdbc.queryForMap("SELECT activity, status FROM diary_entry WHERE event_id = ?", run + "6"))
                .containsEntry("activity", "Walk the dog").containsEntry("status", "COMPLETED");
        assertThat(jdbc.queryForMap("SELECT text, read_at FROM message WHERE event_id = ?", run + "7"))
                .containsEntry("text", "I couldn't log in on Tuesday").containsEntry("read_at", null);
        assertThat(occurredAt("message", run + "7")).as("the offset is applied: 21:00+01:00 is 20:00 UTC")
                .isEqualTo("2026-02-03T20:00:00");
    }

    @Test
    void eachFactPointsAtItsRawEventWhichRecordsIntegrationTypeAndTimes() {
        api.postEvents(List.of(mood(run + "m", patient, "2026-02-04T20:01:00.123456Z", 3)));

        Map<String, Object> raw = jdbc.queryForMap("SELECT e.id, e.type, e.patient_id, e.content_hash, i.name"
                + " FROM programme_event e JOIN integration i ON i.id = e.integration_id WHERE e.event_id = ?", run + "m");
        assertThat(raw).containsEntry("type", "MOOD").containsEntry("name", "t-programme")
                .containsEntry("patient_id", patientId);
        assertThat((String) raw.get("content_hash")).matches("[0-9a-f]{64}");
        assertThat(occurredAt("programme_event", run + "m")).as("microseconds kept").isEqualTo("2026-02-04T20:01:00.123456");
        assertThat(occurredAt("mood_rating", run + "m")).isEqualTo("2026-02-04T20:01:00.123456");
        LocalDateTime received = jdbc.queryForObject("SELECT received_at FROM programme_event WHERE event_id = ?",
                LocalDateTime.class, run + "m");
        assertThat(received).isAfter(LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(5));
        assertThat(jdbc.queryForObject("SELECT source_event_id FROM mood_rating WHERE event_id = ?", Long.class, run + "m"))
                .isEqualTo(raw.get("id"));
    }

    @Test
    void H03_questionnaireTotalIsRecomputedFromTheItemsAndASentTotalIsIgnored() {
        Map<String, Object> phq = questionnaire(run + "p", patient, "2026-02-05T09:00:00Z", "PHQ9", 3, 3, 3, 3, 3, 3, 3, 3, 0);
        phq.put("total", 2);
        Map<String, Object> gad = questionnaire(run + "g", patient, "2026-02-05T09:04:00Z", "GAD7", 0, 1, 2, 3, 0, 1, 2);
        gad.put("total", 21);

        assertThat(api.postEvents(List.of(phq, gad))).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");

        assertThat(jdbc.queryForObject("SELECT total FROM questionnaire WHERE event_id = ?", Integer.class, run + "p"))
                .isEqualTo(24);
        assertThat(jdbc.queryForMap("SELECT instrument, item_7, item_8, item_9, total FROM questionnaire WHERE event_id = ?",
                run + "g")).containsEntry("instrument", "GAD7").containsEntry("item_7", 2).containsEntry("item_8", null)
                .containsEntry("item_9", null).containsEntry("total", 9);
    }

    @Test
    void optionalFieldsAndServiceModulesAreAccepted() {
        Map<String, Object> success = login(run + "l", patient, "2026-02-06T07:00:00Z", true, null);
        Map<String, Object> nullReason = login(run + "n", patient, "2026-02-06T07:01:00Z", true, null);
        nullReason.put("reason", null);
        Map<String, Object> extra = mood(run + "x", patient, "2026-02-06T07:02:00Z", 10);
        extra.put("appVersion", "4.2.1");

        List<EventsApi.Result> results = api.postEvents(List.of(success, nullReason, extra,
                module(run + "r", patient, "2026-02-06T07:03:00Z", "RELAXATION", 100),
                module(run + "z", patient, "2026-02-06T07:04:00Z", "PSYCHOEDUCATION", 0),
                mood(run + "1", patient, "2026-02-06T07:05:00Z", 1)));

        assertThat(results).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        assertThat(jdbc.queryForList("SELECT reason FROM login_event WHERE event_id IN (?, ?)", String.class,
                run + "l", run + "n")).containsOnlyNulls().hasSize(2);
        assertThat(jdbc.queryForObject("SELECT percent FROM module_progress WHERE event_id = ?", Integer.class, run + "r"))
                .isEqualTo(100);
    }

    private String occurredAt(String table, String eventId) {
        return jdbc.queryForObject("SELECT occurred_at FROM " + table + " WHERE event_id = ?", LocalDateTime.class, eventId)
                .toString().replaceFirst("^(.{16})$", "$1:00");
    }

    @Test
    void theResponseHasExactlyTheContractsShape() {
        var response = api.post(EventsApi.body(List.of(mood(run + "s1", patient, "2026-02-07T07:00:00Z", 5),
                mood(run + "s2", patient, "2026-02-07T07:00:00Z", 0))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"results\":[{\"id\":\"" + run + "s1\",\"status\":\"ACCEPTED\"},"
                + "{\"id\":\"" + run + "s2\",\"status\":\"REJECTED\",\"error\":\"score must be an integer between 1 and 10\"}]}");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void anEmptyBatchIsAnsweredWithNoResultsAndStoresNothing() {
        Map<String, Long> before = IngestFixtures.counts(jdbc);
        var response = api.post("{\"events\": []}", Fixtures.TOKEN_ALL);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(EventsApi.results(response.body())).isEmpty();
        assertThat(IngestFixtures.counts(jdbc)).isEqualTo(before);
    }
}
