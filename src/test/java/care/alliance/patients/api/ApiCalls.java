package care.alliance.patients.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import care.alliance.Fixtures;

/** Real HTTP calls to the running test server, as an integration would make them, plus SQL fixtures. */
public final class ApiCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The patients these tests register belong to a service of their own, so they never change the
     * caseloads or counts other tests expect of the fixture service t-north.
     */
    public static final String SERVICE = "t-api";
    public static final String PWP = "t.pwp.api";
    static final String OTHER_PWP = "t.pwp.api2";
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public ApiCalls(int port, JdbcTemplate jdbc) {
        this.port = port;
        ensureService(jdbc);
    }

    /** The service and its two PWPs, created once per test database; they cannot sign in. */
    private static synchronized void ensureService(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM service WHERE code = ?", Integer.class, SERVICE) > 0) {
            return;
        }
        long service = jdbc.queryForObject("SELECT NEXTVAL(service_seq)", Long.class);
        jdbc.update("INSERT INTO service (id, code, name) VALUES (?, ?, 'API test service')", service, SERVICE);
        for (String pwp : new String[] {PWP, OTHER_PWP}) {
            jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id) "
                    + "VALUES (NEXTVAL(staff_user_seq), ?, ?, '!no-login', 'PWP', ?)", pwp, pwp, service);
        }
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        /** The field names of a problem's {@code errors} array. */
        List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }

    public Reply post(String path, String body) {
        return send("POST", path, Fixtures.TOKEN_ALL, "application/json", body);
    }

    Reply get(String path) {
        return send("GET", path, Fixtures.TOKEN_ALL, null, null);
    }

    Reply send(String method, String path, String token, String contentType, String body) {
        return send(method, path, token, contentType, body, null);
    }

    Reply send(String method, String path, String token, String contentType, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    static String patientJson(String programmeId, String displayName, String pwp, String referredOn, String service) {
        return JSON.writeValueAsString(JSON.createObjectNode().put("programmeId", programmeId)
                .put("displayName", displayName).put("pwp", pwp).put("referredOn", referredOn).put("service", service));
    }

    static String appointmentJson(String id, String patient, String start, int minutes, String kind) {
        return """
                {"id": "%s", "patient": "%s", "start": "%s", "minutes": %d, "kind": "%s"}"""
                .formatted(id, patient, start, minutes, kind);
    }

    /** A new patient of {@link #PWP} in {@link #SERVICE}, referred on the given day. */
    public String registerPatient(String programmeId, String referredOn) {
        Reply reply = post("/api/v1/patients", patientJson(programmeId, "P. " + programmeId, PWP, referredOn,
                SERVICE));
        if (reply.status() != 201) {
            throw new IllegalStateException("registration failed: " + reply.body());
        }
        return programmeId;
    }

    /** Books an appointment and records its outcome. */
    public void attended(String id, String patient, String start, String kind) {
        Reply booked = post("/api/v1/appointments", appointmentJson(id, patient, start, 30, kind));
        Reply outcome = post("/api/v1/appointments/" + id + "/outcome", "{\"status\": \"ATTENDED\"}");
        if (booked.status() != 201 || outcome.status() != 200) {
            throw new IllegalStateException("appointment failed: " + booked.body() + " / " + outcome.body());
        }
    }

    /** A stored questionnaire whose items add up to {@code total} (PHQ-9 item 9 left at 0: no risk). */
    static void insertScore(JdbcTemplate jdbc, String eventId, String programmeId, String instrument,
            String occurredAt, int total) {
        int items = instrument.equals("PHQ9") ? 9 : 7;
        Integer[] values = new Integer[9];
        int left = total;
        for (int i = 0; i < items; i++) {
            boolean riskItem = instrument.equals("PHQ9") && i == 8;
            values[i] = riskItem ? 0 : Math.min(3, left);
            left -= values[i];
        }
        if (left != 0) {
            throw new IllegalArgumentException("total too high for " + instrument + ": " + total);
        }
        jdbc.update("""
                INSERT INTO questionnaire (event_id, patient_id, instrument, occurred_at, item_1, item_2, item_3,
                    item_4, item_5, item_6, item_7, item_8, item_9, total)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                eventId, Fixtures.patientId(jdbc, programmeId), instrument,
                LocalDateTime.ofInstant(Instant.parse(occurredAt), ZoneOffset.UTC), values[0], values[1], values[2],
                values[3], values[4], values[5], values[6], values[7], values[8], total);
    }
}
