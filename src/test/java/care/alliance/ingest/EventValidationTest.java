package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.diary;
import static care.alliance.ingest.EventsApi.login;
import static care.alliance.ingest.EventsApi.message;
import static care.alliance.ingest.EventsApi.module;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.notification;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

import care.alliance.AllianceTest;

/**
 * H03: every validation rule of the events endpoint, one broken field at a time. Each broken event
 * is REJECTED with a message naming the field and the rule, and nothing at all is stored.
 */
@AllianceTest
class EventValidationTest {

    private static final String AT = "2026-02-03T20:01:00Z";
    private static final String P = IngestFixtures.patient(2);
    /** Replaced by the JSON escape of U+D800 in the body: a Java string holding it would reach the wire as "?". */
    private static final String LONE_SURROGATE = "@lone-surrogate@";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    EventsApi api;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        api = new EventsApi(port);
    }

    /** name, a valid event of some type, how to break it, the exact error (or its start, ending in "…"). */
    static Stream<Arguments> rules() {
        List<Arguments> rules = new ArrayList<>();
        Function<String, Map<String, Object>> mood = id -> mood(id, P, AT, 6);
        Function<String, Map<String, Object>> phq = id -> questionnaire(id, P, AT, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 0);
        Function<String, Map<String, Object>> gad = id -> questionnaire(id, P, AT, "GAD7", 1, 1, 1, 1, 1, 1, 1);
        Function<String, Map<String, Object>> login = id -> login(id, P, AT, false, "BAD_PASSWORD");
        Function<String, Map<String, Object>> module = id -> module(id, P, AT, "PSYCHOEDUCATION", 50);
        Function<String, Map<String, Object>> ntf = id -> notification(id, P, AT, "n-1", "MOOD_REMINDER", "OPENED");
        Function<String, Map<String, Object>> diary = id -> diary(id, P, AT, "Swim", "PLANNED");
        Function<String, Map<String, Object>> msg = id -> message(id, P, AT, "Hello");

        // common fields
        rules.add(rule("id missing", mood, e -> e.remove("id"), "id is required"));
        rules.add(rule("id null", mood, e -> e.put("id", null), "id is required"));
        rules.add(rule("id a number", mood, e -> e.put("id", 7), "id must be a string of 1 to 64 visible ASCII characters"));
        rules.add(rule("id empty", mood, e -> e.put("id", ""), "id must be a string of 1 to 64 visible ASCII characters"));
        rules.add(rule("id 65 characters", mood, e -> e.put("id", "x".repeat(65)),
                "id must be a string of 1 to 64 visible ASCII characters"));
        rules.add(rule("id with a space", mood, e -> e.put("id", "ev 1"), "id must be a string of 1 to 64 visible ASCII characters"));
        rules.add(rule("id not ASCII", mood, e -> e.put("id", "év-1"), "id must be a string of 1 to 64 visible ASCII characters"));
        rules.add(rule("patient missing", mood, e -> e.remove("patient"), "patient is required"));
        rules.add(rule("patient a number", mood, e -> e.put("patient", 1042), "patient must be a string"));
        rules.add(rule("patient blank", mood, e -> e.put("patient", "  "), "patient must not be blank"));
        rules.add(rule("patient 65 characters", mood, e -> e.put("patient", "p".repeat(65)), "patient must be at most 64 characters"));
        rules.add(rule("patient unknown", mood, e -> e.put("patient", "mb-9"), "unknown patient 'mb-9'"));
        rules.add(rule("patient in other case", mood, e -> e.put("patient", P.toUpperCase()), "unknown patient 'T-ING-2'"));
        rules.add(rule("patient with trailing space", mood, e -> e.put("patient", P + " "), "unknown patient 't-ing-2 '"));
        rules.add(rule("type missing", mood, e -> e.remove("type"), "type is required"));
        rules.add(rule("type unknown", mood, e -> e.put("type", "FOO"), "unknown type 'FOO'; expected one of MOOD, "
                + "QUESTIONNAIRE, LOGIN, MODULE_PROGRESS, NOTIFICATION, DIARY, MESSAGE"));
        rules.add(rule("type in lower case", mood, e -> e.put("type", "mood"), "unknown type 'mood'…"));
        rules.add(rule("type a number", mood, e -> e.put("type", 1), "type must be a string"));
        String instant = "occurredAt must be an ISO-8601 instant with offset, e.g. 2026-03-02T09:15:00Z";
        rules.add(rule("occurredAt missing", mood, e -> e.remove("occurredAt"), "occurredAt is required"));
        rules.add(rule("occurredAt without offset", mood, e -> e.put("occurredAt", "2026-02-03T20:01:00"), instant));
        rules.add(rule("occurredAt a date", mood, e -> e.put("occurredAt", "2026-02-03"), instant));
        rules.add(rule("occurredAt nonsense", mood, e -> e.put("occurredAt", "yesterday"), instant));
        rules.add(rule("occurredAt 30 February", mood, e -> e.put("occurredAt", "2026-02-30T10:00:00Z"), instant));
        rules.add(rule("occurredAt with a space", mood, e -> e.put("occurredAt", "2026-02-03 20:01:00Z"), instant));
        rules.add(rule("occurredAt epoch millis", mood, e -> e.put("occurredAt", 1770148860000L), instant));
        rules.add(rule("occurredAt before 2000", mood, e -> e.put("occurredAt", "1999-12-31T23:59:59Z"),
                "occurredAt must not be before 2000-01-01T00:00:00Z"));
        rules.add(rule("occurredAt in the future", mood, e -> e.put("occurredAt", "2099-01-01T00:00:00Z"),
                "occurredAt must not be in the future"));
        // MOOD
        String score = "score must be an integer between 1 and 10";
        rules.add(rule("score missing", mood, e -> e.remove("score"), "score is required"));
        rules.add(rule("score 0", mood, e -> e.put("score", 0), score));
        rules.add(rule("score 11", mood, e -> e.put("score", 11), score));
        rules.add(rule("score 5.5", mood, e -> e.put("score", 5.5), score));
        rules.add(rule("score 6.0", mood, e -> e.put("score", 6.0), score));
        rules.add(rule("score a string", mood, e -> e.put("score", "6"), score));
        rules.add(rule("score huge", mood, e -> e.put("score", new java.math.BigInteger("99999999999999999999")), score));
        // QUESTIONNAIRE (H03)
        rules.add(rule("instrument missing", phq, e -> e.remove("instrument"), "instrument is required"));
        rules.add(rule("instrument unknown", phq, e -> e.put("instrument", "PHQ8"), "unknown instrument 'PHQ8'; expected one of PHQ9, GAD7"));
        rules.add(rule("items missing", phq, e -> e.remove("items"), "items is required"));
        rules.add(rule("items not an array", phq, e -> e.put("items", "1,1,1"), "items must be an array of integers"));
        rules.add(rule("PHQ-9 with 8 items", phq, e -> e.put("items", List.of(1, 1, 1, 1, 1, 1, 1, 1)), "items must have 9 values"));
        rules.add(rule("PHQ-9 with 10 items", phq, e -> e.put("items", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)),
                "items must have 9 values"));
        rules.add(rule("GAD-7 with 9 items", gad, e -> e.put("items", List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)), "items must have 7 values"));
        rules.add(rule("item above 3", phq, e -> e.put("items", List.of(1, 1, 1, 1, 4, 1, 1, 1, 1)),
                "items[4] must be an integer between 0 and 3"));
        rules.add(rule("item below 0", gad, e -> e.put("items", List.of(-1, 1, 1, 1, 1, 1, 1)),
                "items[0] must be an integer between 0 and 3"));
        rules.add(rule("item missing (null)", phq, e -> e.put("items", Arrays.asList(1, 1, 1, 1, 1, 1, 1, 1, null)),
                "items[8] must be an integer between 0 and 3"));
        rules.add(rule("item a string and a fraction", gad, e -> e.put("items", List.of(1, "2", 1, 1.5, 1, 1, 1)),
                "items[1] must be an integer between 0 and 3; items[3] must be an integer between 0 and 3"));
        // LOGIN
        rules.add(rule("success missing", login, e -> e.remove("success"), "success is required"));
        rules.add(rule("success a string", login, e -> e.put("success", "false"), "success must be true or false"));
        rules.add(rule("success a number", login, e -> e.put("success", 0), "success must be true or false"));
        rules.add(rule("reason a number", login, e -> e.put("reason", 3), "reason must be a string"));
        rules.add(rule("reason 41 characters", login, e -> e.put("reason", "R".repeat(41)), "reason must be at most 40 characters"));
        // MODULE_PROGRESS
        String code = "module must be a module code of upper-case letters, digits and underscores, e.g. PSYCHOEDUCATION";
        rules.add(rule("module missing", module, e -> e.remove("module"), "module is required"));
        rules.add(rule("module in lower case", module, e -> e.put("module", "relaxation"), code));
        rules.add(rule("module with a space", module, e -> e.put("module", "RELAX ATION"), code));
        rules.add(rule("module 41 characters", module, e -> e.put("module", "M".repeat(41)), "module must be at most 40 characters"));
        rules.add(rule("percent missing", module, e -> e.remove("percent"), "percent is required"));
        rules.add(rule("percent 101", module, e -> e.put("percent", 101), "percent must be an integer between 0 and 100"));
        rules.add(rule("percent -1", module, e -> e.put("percent", -1), "percent must be an integer between 0 and 100"));
        // NOTIFICATION
        rules.add(rule("notificationId missing", ntf, e -> e.remove("notificationId"), "notificationId is required"));
        rules.add(rule("notificationId 65 characters", ntf, e -> e.put("notificationId", "n".repeat(65)),
                "notificationId must be at most 64 characters"));
        rules.add(rule("kind unknown", ntf, e -> e.put("kind", "PUSH"),
                "unknown kind 'PUSH'; expected one of MOOD_REMINDER, ACTIVITY_REMINDER, MESSAGE_ALERT"));
        rules.add(rule("kind missing", ntf, e -> e.remove("kind"), "kind is required"));
        rules.add(rule("status unknown", ntf, e -> e.put("status", "READ"),
                "unknown status 'READ'; expected one of SCHEDULED, DELIVERED, OPENED, DISMISSED"));
        // DIARY
        rules.add(rule("activity missing", diary, e -> e.remove("activity"), "activity is required"));
        rules.add(rule("activity blank", diary, e -> e.put("activity", "\t "), "activity must not be blank"));
        rules.add(rule("activity 201 characters", diary, e -> e.put("activity", "a".repeat(201)),
                "activity must be at most 200 characters"));
        rules.add(rule("diary status unknown", diary, e -> e.put("status", "DONE"),
                "unknown status 'DONE'; expected one of PLANNED, COMPLETED"));
        // MESSAGE
        rules.add(rule("text missing", msg, e -> e.remove("text"), "text is required"));
        rules.add(rule("text a number", msg, e -> e.put("text", 42), "text must be a string"));
        rules.add(rule("text 4001 characters", msg, e -> e.put("text", "t".repeat(4001)), "text must be at most 4000 characters"));
        rules.add(rule("text with a NUL", msg, e -> e.put("text", "a\u0000b"),
                "text must not contain control characters or unpaired surrogates"));
        rules.add(rule("text with an unpaired surrogate", msg, e -> e.put("text", "a" + LONE_SURROGATE + "b"),
                "text must not contain control characters or unpaired surrogates"));
        // several problems at once: all are reported
        rules.add(rule("several fields wrong", mood, e -> {
            e.put("score", 0);
            e.put("occurredAt", "soon");
        }, "occurredAt must be an ISO-8601 instant with offset, e.g. 2026-03-02T09:15:00Z; "
                + "score must be an integer between 1 and 10"));
        return rules.stream();
    }

    private static Arguments rule(String name, Function<String, Map<String, Object>> valid,
            Consumer<Map<String, Object>> breakIt, String error) {
        return Arguments.of(name, valid, breakIt, error);
    }

    @ParameterizedTest(name = "H03 {0}")
    @MethodSource("rules")
    void H03_aBrokenFieldIsRejectedWithItsRuleAndNothingIsStored(String name,
            Function<String, Map<String, Object>> valid, Consumer<Map<String, Object>> breakIt, String error) {
        String id = EventsApi.run() + "v";
        Map<String, Object> event = valid.apply(id);
        breakIt.accept(event);
        Map<String, Long> before = IngestFixtures.counts(jdbc);

        var response = api.post(EventsApi.body(List.of(event)).replace(LONE_SURROGATE, "\\ud800"));
        assertThat(response.statusCode()).isEqualTo(200);
        EventsApi.Result result = EventsApi.results(response.body()).getFirst();

        assertThat(result.status()).isEqualTo("REJECTED");
        if (error.endsWith("…")) {
            assertThat(result.error()).startsWith(error.substring(0, error.length() - 1));
        } else {
            assertThat(result.error()).isEqualTo(error);
        }
        assertThat(result.id()).isEqualTo(event.get("id") instanceof String s && s.equals(id) ? id : null);
        assertThat(IngestFixtures.counts(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "H03 the unbroken {0} is accepted")
    @MethodSource("validOfEachType")
    void H03_theValidEventsTheRulesStartFromAreAccepted(String type, Map<String, Object> event) {
        assertThat(api.postEvents(List.of(event)).getFirst().status()).isEqualTo("ACCEPTED");
    }

    static Stream<Arguments> validOfEachType() {
        String run = EventsApi.run();
        return Stream.of(Arguments.of("MOOD", mood(run + "1", P, AT, 6)),
                Arguments.of("PHQ9", questionnaire(run + "2", P, AT, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, 0)),
                Arguments.of("GAD7", questionnaire(run + "3", P, AT, "GAD7", 1, 1, 1, 1, 1, 1, 1)),
                Arguments.of("LOGIN", login(run + "4", P, AT, false, "BAD_PASSWORD")),
                Arguments.of("MODULE_PROGRESS", module(run + "5", P, AT, "PSYCHOEDUCATION", 50)),
                Arguments.of("NOTIFICATION", notification(run + "6", P, AT, "n-1", "MOOD_REMINDER", "OPENED")),
                Arguments.of("DIARY", diary(run + "7", P, AT, "Swim", "PLANNED")),
                Arguments.of("MESSAGE", message(run + "8", P, AT, "Hello")));
    }

    @Test
    void H03_inAMixedBatchOnlyTheBrokenEventsAreRejectedAndResultsKeepRequestOrder() {
        String run = EventsApi.run();
        List<Map<String, Object>> events = List.of(
                mood(run + "a", P, AT, 6),
                questionnaire(run + "b", P, AT, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1),
                diary(run + "c", P, AT, "Swim", "PLANNED"),
                mood(run + "d", P, AT, 11),
                message(run + "e", P, AT, "Thanks"));

        List<EventsApi.Result> results = api.postEvents(events);

        assertThat(results).extracting(EventsApi.Result::id).containsExactly(run + "a", run + "b", run + "c", run + "d", run + "e");
        assertThat(results).extracting(EventsApi.Result::status)
                .containsExactly("ACCEPTED", "REJECTED", "ACCEPTED", "REJECTED", "ACCEPTED");
        assertThat(results.get(1).error()).isEqualTo("items must have 9 values");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM programme_event WHERE event_id LIKE ?", Integer.class, run + "%"))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM questionnaire WHERE event_id = ?", Integer.class, run + "b"))
                .isZero();
    }
}
