package care.alliance.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.Fixtures;

/** The events endpoint over real HTTP, as the programme calls it, plus builders for events. */
public final class EventsApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI uri;

    public EventsApi(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/api/v1/events");
    }

    /** A prefix that makes event ids unique to one test (the tests share one database). */
    public static String run() {
        return UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    public HttpResponse<String> post(String body) {
        return post(body, Fixtures.TOKEN_ALL);
    }

    public HttpResponse<String> post(String body, String token) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("request failed", e);
        }
    }

    URI uri() {
        return uri;
    }

    /** Posts the events and returns their results, after checking the 200 and one result per event. */
    List<Result> postEvents(List<Map<String, Object>> events) {
        return postEvents(events, Fixtures.TOKEN_ALL);
    }

    List<Result> postEvents(List<Map<String, Object>> events, String token) {
        HttpResponse<String> response = post(body(events), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Result> results = results(response.body());
        assertThat(results).hasSize(events.size());
        return results;
    }

    public static String body(List<Map<String, Object>> events) {
        return JSON.writeValueAsString(Map.of("events", events));
    }

    static List<Result> results(String body) {
        List<Result> results = new ArrayList<>();
        for (JsonNode r : JSON.readTree(body).get("results")) {
            results.add(new Result(r.get("id").isNull() ? null : r.get("id").stringValue(), r.get("status").stringValue(),
                    r.has("error") ? r.get("error").stringValue() : null));
        }
        return results;
    }

    record Result(String id, String status, String error) {
    }

    // --- event builders: a valid event of each type; tests change or remove fields to break them ---

    static Map<String, Object> event(String id, String patient, String type, String occurredAt) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("patient", patient);
        event.put("type", type);
        event.put("occurredAt", occurredAt);
        return event;
    }

    public static Map<String, Object> mood(String id, String patient, String at, int score) {
        Map<String, Object> e = event(id, patient, "MOOD", at);
        e.put("score", score);
        return e;
    }

    public static Map<String, Object> questionnaire(String id, String patient, String at, String instrument, Integer... items) {
        Map<String, Object> e = event(id, patient, "QUESTIONNAIRE", at);
        e.put("instrument", instrument);
        e.put("items", List.of(items));
        return e;
    }

    static Map<String, Object> login(String id, String patient, String at, boolean success, String reason) {
        Map<String, Object> e = event(id, patient, "LOGIN", at);
        e.put("success", success);
        if (reason != null) {
            e.put("reason", reason);
        }
        return e;
    }

    public static Map<String, Object> module(String id, String patient, String at, String module, int percent) {
        Map<String, Object> e = event(id, patient, "MODULE_PROGRESS", at);
        e.put("module", module);
        e.put("percent", percent);
        return e;
    }

    static Map<String, Object> notification(String id, String patient, String at, String notificationId, String kind,
            String status) {
        Map<String, Object> e = event(id, patient, "NOTIFICATION", at);
        e.put("notificationId", notificationId);
        e.put("kind", kind);
        e.put("status", status);
        return e;
    }

    static Map<String, Object> diary(String id, String patient, String at, String activity, String status) {
        Map<String, Object> e = event(id, patient, "DIARY", at);
        e.put("activity", activity);
        e.put("status", status);
        return e;
    }

    public static Map<String, Object> message(String id, String patient, String at, String text) {
        Map<String, Object> e = event(id, patient, "MESSAGE", at);
        e.put("text", text);
        return e;
    }
}
