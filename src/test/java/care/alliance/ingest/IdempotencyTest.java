package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.diary;
import static care.alliance.ingest.EventsApi.login;
import static care.alliance.ingest.EventsApi.message;
import static care.alliance.ingest.EventsApi.module;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.notification;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.security.ApiScope;
import care.alliance.security.internal.ApiTokens;

/** H08: an event is stored once per integration and id, whoever sends it how often. */
@AllianceTest
class IdempotencyTest {

    private static final String AT = "2026-03-01T10:00:00Z";
    private static final String P = IngestFixtures.patient(4);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    EventsApi api;
    String run;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        api = new EventsApi(port);
        run = EventsApi.run();
    }

    private List<Map<String, Object>> everyType() {
        return List.of(mood(run + "1", P, AT, 4),
                questionnaire(run + "2", P, AT, "PHQ9", 2, 2, 2, 2, 2, 2, 2, 2, 1),
                questionnaire(run + "3", P, AT, "GAD7", 1, 1, 1, 1, 1, 1, 1),
                login(run + "4", P, AT, true, null),
                module(run + "5", P, AT, "COGNITIVE_RESTRUCTURING", 10),
                notification(run + "6", P, AT, "n-9", "ACTIVITY_REMINDER", "SCHEDULED"),
                diary(run + "7", P, AT, "Call a friend", "PLANNED"),
                message(run + "8", P, AT, "See you Tuesday"));
    }

    @Test
    void H08_replayingABatchGivesAllDuplicateAndStoresNothingMore() {
        List<Map<String, Object>> batch = everyType();
        assertThat(api.postEvents(batch)).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        Map<String, Long> afterFirst = IngestFixtures.counts(jdbc);

        // a programme that restarted and re-sends its outbox: new client, new connection, same batch
        List<EventsApi.Result> replay = new EventsApi(port).postEvents(batch);

        assertThat(replay).extracting(EventsApi.Result::status).containsOnly("DUPLICATE");
        assertThat(replay).extracting(EventsApi.Result::id).containsExactlyElementsOf(
                batch.stream().map(e -> (String) e.get("id")).toList());
        assertThat(replay).extracting(EventsApi.Result::error).containsOnlyNulls();
        assertThat(IngestFixtures.counts(jdbc)).isEqualTo(afterFirst);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_flag f JOIN questionnaire q ON q.id = f.questionnaire_id"
                + " WHERE q.event_id = ?", Integer.class, run + "2")).as("one flag, not one per delivery").isEqualTo(1);
    }

    @Test
    void H08_keyOrderAndWhitespaceDoNotMakeADifferentEvent() {
        api.postEvents(List.of(mood(run + "k", P, AT, 4)));
        String reordered = "{ \"events\" : [ {\n  \"score\" : 4 ,\"occurredAt\":\"" + AT + "\",\t\"type\": \"MOOD\","
                + " \"patient\": \"" + P + "\", \"id\": \"" + run + "k\" } ] }";

        var response = api.post(reordered);

        assertThat(EventsApi.results(response.body())).extracting(EventsApi.Result::status).containsExactly("DUPLICATE");
    }

    @Test
    void H08_sameIdWithOtherContentIsAConflictAndTheStoredEventStays() {
        api.postEvents(List.of(mood(run + "c", P, AT, 4)));
        Map<String, Long> before = IngestFixtures.counts(jdbc);

        List<EventsApi.Result> results = api.postEvents(List.of(mood(run + "c", P, AT, 9),
                mood(run + "c", P, "2026-03-01T10:00:01Z", 4), with(mood(run + "c", P, AT, 4), "extra", 1)));

        assertThat(results).extracting(EventsApi.Result::status).containsOnly("REJECTED");
        assertThat(results).extracting(EventsApi.Result::error)
                .containsOnly("conflict: event id already used with different content");
        assertThat(IngestFixtures.counts(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT score FROM mood_rating WHERE event_id = ?", Integer.class, run + "c")).isEqualTo(4);
    }

    @Test
    void H08_sameIdTwiceInOneRequestIsStoredOnce() {
        List<EventsApi.Result> results = api.postEvents(List.of(mood(run + "t", P, AT, 4), mood(run + "u", P, AT, 5),
                mood(run + "t", P, AT, 4), mood(run + "t", P, AT, 8)));

        assertThat(results).extracting(EventsApi.Result::status).containsExactly("ACCEPTED", "ACCEPTED", "DUPLICATE", "REJECTED");
        assertThat(results.get(3).error()).isEqualTo("conflict: event id already used with different content");
        assertThat(jdbc.queryForList("SELECT score FROM mood_rating WHERE event_id = ?", Integer.class, run + "t"))
                .containsExactly(4);
    }

    @Test
    void H08_aRepeatIsJudgedAgainstWhatIsStoredNotAgainstAnEarlierConflict() {
        api.postEvents(List.of(mood(run + "s", P, AT, 4)));

        List<EventsApi.Result> results = api.postEvents(List.of(mood(run + "s", P, AT, 9), mood(run + "s", P, AT, 4)));

        assertThat(results).extracting(EventsApi.Result::status).containsExactly("REJECTED", "DUPLICATE");
    }

    @Test
    void H08_aReplayMixedWithNewEventsStoresOnlyTheNewOnes() {
        api.postEvents(List.of(mood(run + "o1", P, AT, 4), mood(run + "o2", P, AT, 5)));

        List<EventsApi.Result> results = api.postEvents(List.of(mood(run + "n1", P, AT, 6), mood(run + "o2", P, AT, 5),
                mood(run + "o1", P, AT, 4), mood(run + "n2", P, AT, 7)));

        assertThat(results).extracting(EventsApi.Result::status).containsExactly("ACCEPTED", "DUPLICATE", "DUPLICATE", "ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mood_rating WHERE event_id LIKE ?", Integer.class, run + "%"))
                .isEqualTo(4);
    }

    @Test
    void H08_aRejectedEventIsNotRememberedSoItsCorrectionIsAccepted() {
        assertThat(api.postEvents(List.of(mood(run + "r", P, AT, 0))).getFirst().status()).isEqualTo("REJECTED");
        assertThat(api.postEvents(List.of(mood(run + "r", P, AT, 3))).getFirst().status()).isEqualTo("ACCEPTED");
    }

    @Test
    void H08_idsAreUniquePerIntegrationSoAnotherIntegrationMayUseTheSameId() {
        String otherToken = "t-token-other-programme-" + run;
        jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by)"
                + " VALUES (NEXTVAL(integration_seq), ?, ?, ?, 'x', ?, 'test')", "t-other-" + run,
                ApiScope.EVENTS_WRITE.value(), ApiTokens.hash(otherToken), Timestamp.from(Instant.now()));

        assertThat(api.postEvents(List.of(mood(run + "i", P, AT, 4))).getFirst().status()).isEqualTo("ACCEPTED");
        assertThat(api.postEvents(List.of(mood(run + "i", P, AT, 4)), otherToken).getFirst().status()).isEqualTo("ACCEPTED");
        assertThat(api.postEvents(List.of(mood(run + "i", P, AT, 4)), otherToken).getFirst().status()).isEqualTo("DUPLICATE");

        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT integration_id) FROM programme_event WHERE event_id = ?",
                Integer.class, run + "i")).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mood_rating WHERE event_id = ?", Integer.class, run + "i"))
                .isEqualTo(2);
    }

    @Test
    void H08_idsDifferingOnlyInCaseOrTrailingCharactersAreDifferentEvents() {
        List<Map<String, Object>> batch = new ArrayList<>(List.of(mood(run + "case", P, AT, 4), mood(run + "CASE", P, AT, 4),
                mood(run + "case.", P, AT, 4)));

        assertThat(api.postEvents(batch)).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM programme_event WHERE event_id IN (?, ?, ?)", Integer.class,
                run + "case", run + "CASE", run + "case.")).isEqualTo(3);
    }

    private static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        event.put(field, value);
        return event;
    }
}
