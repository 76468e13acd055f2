package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.message;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

/**
 * A corpus of malformed and hostile requests to POST /api/v1/events. Each ends in a clear 4xx
 * (problem+json, no session) or in every event REJECTED with a reason, and changes no stored data:
 * the row counts of every table a request could touch are equal before and after.
 */
@AllianceTest
class HostileRequestsTest {

    private static final String AT = "2026-02-03T20:01:00Z";
    private static final String P = IngestFixtures.patient(3);
    private static final int REJECTED = 200;
    private static final String STORED_ID = "hostile-stored-1";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    EventsApi api;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        api = new EventsApi(port);
        // an event already stored, for the repeated-id cases (a DUPLICATE of it would be fine, not needed)
        api.postEvents(List.of(mood(STORED_ID, P, AT, 5)));
    }

    record Hostile(String name, Function<EventsApi, HttpResponse<String>> send, int status) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() {
        List<Hostile> corpus = new ArrayList<>();
        String big = "x".repeat(1024 * 1024);
        // not the shape at all: 400 problem+json with errors, nothing stored
        corpus.add(raw("not JSON", "hello", 400));
        corpus.add(raw("truncated JSON", "{\"events\": [", 400));
        corpus.add(raw("empty body", "", 400));
        corpus.add(raw("JSON null", "null", 400));
        corpus.add(raw("not an object: array", "[{\"id\": \"x\"}]", 400));
        corpus.add(raw("not an object: string", "\"events\"", 400));
        corpus.add(raw("not an object: number", "42", 400));
        corpus.add(raw("events missing", "{}", 400));
        corpus.add(raw("events misspelt", "{\"Events\": []}", 400));
        corpus.add(raw("events null", "{\"events\": null}", 400));
        corpus.add(raw("events not an array: object", "{\"events\": {\"id\": \"x\"}}", 400));
        corpus.add(raw("events not an array: string", "{\"events\": \"[]\"}", 400));
        corpus.add(raw("1,001 events", EventsApi.body(Collections.nCopies(1001, mood("many", P, AT, 5))), 400));
        corpus.add(raw("duplicate key at the top", "{\"events\": [], \"events\": []}", 400));
        corpus.add(raw("duplicate key in an event", "{\"events\": [{\"id\": \"d1\", \"patient\": \"" + P
                + "\", \"type\": \"MOOD\", \"occurredAt\": \"" + AT + "\", \"score\": 5, \"score\": 6}]}", 400));
        corpus.add(raw("trailing garbage", "{\"events\": []} {\"events\": []}", 400));
        corpus.add(raw("nesting 200 deep", "{\"events\": [{\"x\": " + "[".repeat(200) + "]".repeat(200) + "}]}", 400));
        corpus.add(raw("single quotes", "{'events': []}", 400));
        corpus.add(raw("comment in JSON", "{\"events\": [] /* hi */}", 400));
        corpus.add(new Hostile("invalid UTF-8", api -> api.send(request(api).POST(HttpRequest.BodyPublishers.ofByteArray(
                new byte[] {'{', '"', 'e', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}))), 400));
        // transport and security
        corpus.add(new Hostile("no token", api -> api.send(HttpRequest.newBuilder(api.uri())
                .header("Content-Type", "application/json").POST(ofString("{\"events\": []}"))), 401));
        corpus.add(new Hostile("unknown token", api -> api.post("{\"events\": []}", "guess"), 401));
        corpus.add(new Hostile("revoked token", api -> api.post(batch(mood("r1", P, AT, 5)), Fixtures.TOKEN_REVOKED), 401));
        corpus.add(new Hostile("token without events:write", api -> api.post(batch(mood("s1", P, AT, 5)),
                Fixtures.TOKEN_OUTCOMES_ONLY), 403));
        corpus.add(new Hostile("Basic instead of Bearer", api -> api.send(HttpRequest.newBuilder(api.uri())
                .header("Content-Type", "application/json").header("Authorization", "Basic dDp0")
                .POST(ofString("{\"events\": []}"))), 401));
        corpus.add(new Hostile("text/plain body", api -> api.send(HttpRequest.newBuilder(api.uri())
                .header("Content-Type", "text/plain").header("Authorization", "Bearer " + Fixtures.TOKEN_ALL)
                .POST(ofString(batch(mood("tp1", P, AT, 5))))), 415));
        corpus.add(new Hostile("form-encoded body", api -> api.send(HttpRequest.newBuilder(api.uri())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Bearer " + Fixtures.TOKEN_ALL)
                .POST(ofString("events=1"))), 415));
        corpus.add(raw("oversized body with Content-Length", "{\"events\": [], \"pad\": \"" + big + "\"}", 413));
        corpus.add(new Hostile("oversized chunked body", api -> api.send(request(api).POST(HttpRequest.BodyPublishers
                .ofInputStream(() -> new ByteArrayInputStream(("{\"events\": [], \"pad\": \"" + big + "\"}")
                        .getBytes(StandardCharsets.UTF_8))))), 413));
        // the shape is right, the events are not: 200 with every event REJECTED
        corpus.add(raw("null event", "{\"events\": [null]}", REJECTED));
        corpus.add(raw("events of the wrong kind", "{\"events\": [1, \"ev\", [], true]}", REJECTED));
        corpus.add(raw("event with no fields", "{\"events\": [{}]}", REJECTED));
        corpus.add(rejected("wrong types everywhere", Map.of("id", 1, "patient", false, "type", 3, "occurredAt", 4)));
        corpus.add(rejected("score out of range", mood("h-score", P, AT, 0)));
        corpus.add(rejected("PHQ-9 with 8 items", questionnaire("h-q8", P, AT, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1)));
        corpus.add(rejected("PHQ-9 with 10 items", questionnaire("h-q10", P, AT, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        corpus.add(rejected("item 9 out of range", questionnaire("h-q9", P, AT, "PHQ9", 0, 0, 0, 0, 0, 0, 0, 0, 7)));
        corpus.add(rejected("unknown enum", with(mood("h-enum", P, AT, 5), "type", "MOOD_V2")));
        corpus.add(rejected("timestamp without offset", mood("h-local", P, "2026-02-03T20:01:00", 5)));
        corpus.add(rejected("nonsense timestamp", mood("h-ts", P, "2026-13-45T25:61:00Z", 5)));
        corpus.add(rejected("huge text", message("h-huge", P, AT, "h".repeat(200_000))));
        corpus.add(rejected("huge id", mood("i".repeat(10_000), P, AT, 5)));
        corpus.add(rejected("unknown patient", mood("h-who", "mb-9", AT, 5)));
        corpus.add(rejected("SQL in the patient id", mood("h-sql", P + "' OR '1'='1", AT, 5)));
        corpus.add(rejected("SQL wildcard as the patient id", mood("h-pct", "%", AT, 5)));
        corpus.add(rejected("HTML in an enum", with(mood("h-html", P, AT, 5), "type", "<script>alert(1)</script>")));
        corpus.add(rejected("control characters in text", message("h-ctl", P, AT, "\u0007\u001b[2J")));
        corpus.add(rejected("score as a huge float", with(mood("h-float", P, AT, 5), "score", 1e300)));
        corpus.add(new Hostile("an id already stored, twice, with other content", api -> api.post(batch(
                mood(STORED_ID, P, AT, 6), mood(STORED_ID, P, AT, 7))), REJECTED));
        corpus.add(new Hostile("the same new id twice, both broken", api -> api.post(batch(
                mood("h-twice", P, AT, 0), mood("h-twice", P, AT, 11))), REJECTED));
        corpus.add(new Hostile("1,000 null events", api -> api.post("{\"events\": [" + String.join(",",
                Collections.nCopies(1000, "null")) + "]}"), REJECTED));
        return corpus.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aHostileRequestIsRefusedClearlyAndChangesNothing(Hostile hostile) {
        Map<String, Long> before = IngestFixtures.counts(jdbc);

        HttpResponse<String> response = hostile.send().apply(api);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.headers().allValues("Set-Cookie")).as("the API never creates a session").isEmpty();
        if (hostile.status() == REJECTED) {
            List<EventsApi.Result> results = EventsApi.results(response.body());
            assertThat(results).isNotEmpty().allSatisfy(result -> {
                assertThat(result.status()).isEqualTo("REJECTED");
                assertThat(result.error()).isNotBlank().hasSizeLessThan(600);
            });
        } else {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = EventsApi.JSON.readTree(response.body());
            assertThat(problem.get("status").intValue()).isEqualTo(hostile.status());
            assertThat(problem.get("title").stringValue()).isNotBlank();
            if (hostile.status() == 400) {
                assertThat(problem.get("errors").isArray()).isTrue();
                assertThat(problem.get("errors").get(0).get("field").stringValue()).isIn("body", "events");
                assertThat(problem.get("errors").get(0).get("message").stringValue()).isNotBlank();
            }
        }
        assertThat(IngestFixtures.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void theCorpusHasAtLeastThirtyRequests() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void shapeErrorsNameTheProblem() {
        assertThat(EventsApi.JSON.readTree(api.post("{\"events\": {}}").body()).get("detail").stringValue())
                .isEqualTo("events: must be an array");
        String tooMany = api.post(EventsApi.body(Collections.nCopies(1001, mood("many", P, AT, 5)))).body();
        assertThat(EventsApi.JSON.readTree(tooMany).get("errors").get(0).get("message").stringValue())
                .isEqualTo("must hold at most 1000 events, got 1001");
        assertThat(EventsApi.JSON.readTree(api.post("{\"events\": [}").body()).get("detail").stringValue())
                .isEqualTo("body: is not valid JSON at line 1, column 13");
    }

    @Test
    void sqlAndHtmlInTextAreStoredVerbatimAndHarmless() {
        String run = EventsApi.run();
        String sql = "'); DROP TABLE message; -- \" OR 1=1; SELECT * FROM patient WHERE '' = '";
        String html = "<script>alert('x')</script><img src=x onerror=alert(1)> &amp; ${7*7} {{7*7}}";
        String id = run + "';--";

        List<EventsApi.Result> results = api.postEvents(List.of(message(run + "sql", P, AT, sql),
                EventsApi.diary(run + "html", P, AT, html, "PLANNED"), message(id, P, AT, "ümlaut ✓ 😀")));

        assertThat(results).extracting(EventsApi.Result::status).containsOnly("ACCEPTED");
        assertThat(results.get(2).id()).isEqualTo(id);
        assertThat(jdbc.queryForObject("SELECT text FROM message WHERE event_id = ?", String.class, run + "sql")).isEqualTo(sql);
        assertThat(jdbc.queryForObject("SELECT activity FROM diary_entry WHERE event_id = ?", String.class, run + "html"))
                .isEqualTo(html);
        assertThat(jdbc.queryForObject("SELECT text FROM message WHERE event_id = ?", String.class, id)).isEqualTo("ümlaut ✓ 😀");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM patient", Long.class)).isPositive();
    }

    private static Hostile raw(String name, String body, int status) {
        return new Hostile(name, api -> api.post(body), status);
    }

    private static Hostile rejected(String name, Map<String, Object> event) {
        return new Hostile(name, api -> api.post(batch(event)), REJECTED);
    }

    @SafeVarargs
    private static String batch(Map<String, Object>... events) {
        return EventsApi.body(List.of(events));
    }

    private static Map<String, Object> with(Map<String, Object> event, String field, Object value) {
        event.put(field, value);
        return event;
    }

    private static HttpRequest.Builder request(EventsApi api) {
        return HttpRequest.newBuilder(api.uri()).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Fixtures.TOKEN_ALL);
    }

    private static HttpRequest.BodyPublisher ofString(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
