package care.alliance.caseload;

import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.ingest.EventsApi;
import care.alliance.patients.api.ApiCalls;

/** episode_state follows every change it depends on, in the changing transaction, as the API makes them. */
@AllianceTest
class EpisodeStateProjectorTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EpisodeStateProjector projector;
    @Autowired
    EpisodeStateBackfill backfill;
    ApiCalls api;
    EventsApi events;
    String run;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(port, jdbc);
        events = new EventsApi(port);
        run = EventsApi.run();
    }

    @Test
    void registrationStartsWithoutVerdictAndQuestionnairesArrivingOverTheApiUpdateIt() {
        String patient = api.registerPatient(run + "ingest", "2026-09-01");
        assertThat(state(patient)).containsEntry("live_status", "INSUFFICIENT_DATA").containsEntry("stage", "WAITING")
                .containsEntry("attended_sessions", 0).containsEntry("phq9_latest", null);

        post(List.of(questionnaire(run + "q1", patient, "2026-09-02T09:00:00Z", "PHQ9", phq(18))));
        assertThat(state(patient)).containsEntry("live_status", "INSUFFICIENT_DATA").containsEntry("phq9_first", 18)
                .containsEntry("phq9_latest", 18).containsEntry("phq9_change", null)
                .containsEntry("phq9_latest_at", "2026-09-02T09:00");

        post(List.of(questionnaire(run + "q2", patient, "2026-09-16T09:00:00Z", "PHQ9", phq(10))));
        assertThat(state(patient)).containsEntry("live_status", "ON_TRACK").containsEntry("phq9_change", -8)
                .containsEntry("phq9_latest", 10).containsEntry("gad7_latest", null);
    }

    @Test
    void oneBatchWithScoresOfSeveralPatientsUpdatesEachOfThem() {
        String first = api.registerPatient(run + "batch-a", "2026-09-01");
        String second = api.registerPatient(run + "batch-b", "2026-09-01");
        post(List.of(questionnaire(run + "a1", first, "2026-09-02T09:00:00Z", "GAD7", gad(15)),
                questionnaire(run + "b1", second, "2026-09-02T09:00:00Z", "PHQ9", phq(8)),
                questionnaire(run + "a2", first, "2026-09-16T09:00:00Z", "GAD7", gad(9)),
                questionnaire(run + "b2", second, "2026-09-16T09:00:00Z", "PHQ9", phq(14))));

        assertThat(state(first)).containsEntry("live_status", "ON_TRACK").containsEntry("gad7_change", -6);
        assertThat(state(second)).containsEntry("live_status", "RELIABLY_DETERIORATED").containsEntry("phq9_change", 6);
    }

    @Test
    void appointmentOutcomesRestageAndCountSessionsUpToTheSupervisionThreshold() {
        String patient = api.registerPatient(run + "sessions", "2026-09-01");
        post(List.of(questionnaire(run + "q1", patient, "2026-09-02T09:00:00Z", "PHQ9", phq(15)),
                questionnaire(run + "q2", patient, "2026-09-20T09:00:00Z", "PHQ9", phq(13))));
        api.attended(run + "a0", patient, "2026-09-03T10:00:00Z", "ASSESSMENT");
        assertThat(state(patient)).containsEntry("stage", "ASSESSED").containsEntry("attended_sessions", 0)
                .containsEntry("live_status", "NO_RELIABLE_CHANGE");

        for (int week = 1; week <= 3; week++) {
            api.attended(run + "a" + week, patient, "2026-09-%02dT10:00:00Z".formatted(3 + 7 * week), "FACE_TO_FACE");
        }
        assertThat(state(patient)).containsEntry("stage", "IN_TREATMENT").containsEntry("attended_sessions", 3)
                .containsEntry("live_status", "NO_RELIABLE_CHANGE");

        api.attended(run + "a4", patient, "2026-10-01T10:00:00Z", "ONLINE_REVIEW");
        assertThat(state(patient)).containsEntry("attended_sessions", 4)
                .containsEntry("live_status", "NOT_IMPROVING_BY_SESSION_4");
    }

    @Test
    void dischargeRestagesAndScoresAfterTheDischargeDayNoLongerCount() {
        String patient = api.registerPatient(run + "discharge", "2026-09-01");
        post(List.of(questionnaire(run + "q1", patient, "2026-09-02T09:00:00Z", "PHQ9", phq(18))));
        assertThat(api.post("/api/v1/patients/" + patient + "/discharge", "{\"on\": \"2026-09-10\"}").status())
                .isEqualTo(200);
        assertThat(state(patient)).containsEntry("stage", "DROPPED_OUT");

        // 23:30 UTC on 10 September is already the 11th in London (BST): outside the episode (H07)
        post(List.of(questionnaire(run + "q2", patient, "2026-09-10T23:30:00Z", "PHQ9", phq(6))));
        assertThat(state(patient)).containsEntry("phq9_latest", 18).containsEntry("live_status", "INSUFFICIENT_DATA");
    }

    @Test
    @DisplayName("H05 scores delivered late and in reverse order give the same state as in order")
    void H05_outOfOrderDeliveryGivesTheSameState() {
        String inOrder = api.registerPatient(run + "ordered", "2026-09-01");
        String reversed = api.registerPatient(run + "reversed", "2026-09-01");
        String[] at = {"2026-09-02T09:00:00Z", "2026-09-09T09:00:00Z", "2026-09-16T09:00:00Z"};
        int[] phq = {18, 15, 11};
        int[] gad = {12, 12, 7};
        List<Map<String, Object>> ordered = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            ordered.add(questionnaire(run + "o-p" + i, inOrder, at[i], "PHQ9", phq(phq[i])));
            ordered.add(questionnaire(run + "o-g" + i, inOrder, at[i], "GAD7", gad(gad[i])));
        }
        post(ordered);
        for (int i = at.length - 1; i >= 0; i--) {
            post(List.of(questionnaire(run + "r-g" + i, reversed, at[i], "GAD7", gad(gad[i])),
                    questionnaire(run + "r-p" + i, reversed, at[i], "PHQ9", phq(phq[i]))));
        }

        assertThat(state(reversed)).isEqualTo(state(inOrder)).containsEntry("live_status", "ON_TRACK")
                .containsEntry("phq9_first", 18).containsEntry("phq9_latest", 11).containsEntry("gad7_change", -5);
    }

    @Test
    void concurrentBatchesForOnePatientTakeTurnsSoNoScoreIsLostFromTheState() {
        String patient = api.registerPatient(run + "concurrent", "2026-09-01");
        List<CompletableFuture<Void>> posts = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.runAsync(() ->
                post(List.of(questionnaire(run + "c" + i, patient, "2026-09-%02dT09:00:00Z".formatted(2 + i), "PHQ9",
                        phq(20 - 2 * i)))))).toList();
        posts.forEach(CompletableFuture::join);

        assertThat(state(patient)).containsEntry("phq9_first", 20).containsEntry("phq9_latest", 6)
                .containsEntry("phq9_latest_at", "2026-09-09T09:00").containsEntry("live_status", "ON_TRACK");
    }

    @Test
    void rebuildingEveryEpisodeGivesExactlyTheStateKeptIncrementally() {
        String patient = api.registerPatient(run + "rebuild", "2026-09-01");
        post(List.of(questionnaire(run + "q1", patient, "2026-09-02T09:00:00Z", "GAD7", gad(9)),
                questionnaire(run + "q2", patient, "2026-09-12T09:00:00Z", "GAD7", gad(14))));
        api.attended(run + "a0", patient, "2026-09-03T10:00:00Z", "ASSESSMENT");
        Map<Long, Map<String, Object>> incremental = allStates();
        assertThat(incremental.values()).extracting(row -> row.get("live_status")).contains("RELIABLY_DETERIORATED");

        assertThat(projector.rebuildAll()).isEqualTo(incremental.size());

        assertThat(allStates()).isEqualTo(incremental);
    }

    @Test
    void anEpisodeWithoutStateGetsItWhenTheApplicationStarts() {
        String patient = api.registerPatient(run + "backfill", "2026-09-01");
        post(List.of(questionnaire(run + "q1", patient, "2026-09-02T09:00:00Z", "PHQ9", phq(18)),
                questionnaire(run + "q2", patient, "2026-09-16T09:00:00Z", "PHQ9", phq(10))));
        Map<String, Object> kept = state(patient);
        jdbc.update("DELETE s FROM episode_state s JOIN episode e ON e.id = s.episode_id JOIN patient p"
                + " ON p.id = e.patient_id WHERE p.programme_id = ?", patient);

        backfill.run(null);

        assertThat(state(patient)).isEqualTo(kept).containsEntry("live_status", "ON_TRACK");
    }

    private void post(List<Map<String, Object>> batch) {
        var response = events.post(EventsApi.body(batch));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("REJECTED");
    }

    private static final String COLUMNS = "s.stage, s.live_status, s.attended_sessions, s.phq9_first, s.phq9_latest,"
            + " s.phq9_change, s.phq9_latest_at, s.gad7_first, s.gad7_latest, s.gad7_change, s.gad7_latest_at";

    /** The state of the patient's episode, every column but its id and when it was computed. */
    private Map<String, Object> state(String programmeId) {
        return normalised(jdbc.queryForMap("SELECT " + COLUMNS + " FROM episode_state s JOIN episode e"
                + " ON e.id = s.episode_id JOIN patient p ON p.id = e.patient_id WHERE p.programme_id = ?", programmeId));
    }

    private Map<Long, Map<String, Object>> allStates() {
        Map<Long, Map<String, Object>> states = new LinkedHashMap<>();
        jdbc.queryForList("SELECT s.episode_id, " + COLUMNS + " FROM episode_state s ORDER BY s.episode_id")
                .forEach(row -> states.put(((Number) row.remove("episode_id")).longValue(), normalised(row)));
        return states;
    }

    /** Numbers as ints and times as text, so rows compare by value whatever JDBC types they came in. */
    private static Map<String, Object> normalised(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column.toLowerCase(), switch (value) {
            case Number n -> n.intValue();
            case java.sql.Timestamp t -> t.toLocalDateTime().toString();
            case null, default -> value;
        }));
        return values;
    }

    /** PHQ-9 items adding up to {@code total}, item 9 at 0 (no risk flag). */
    static Integer[] phq(int total) {
        return items(9, 8, total);
    }

    static Integer[] gad(int total) {
        return items(7, 7, total);
    }

    private static Integer[] items(int count, int free, int total) {
        Integer[] items = new Integer[count];
        int left = total;
        for (int i = 0; i < count; i++) {
            items[i] = i < free ? Math.min(3, left) : 0;
            left -= items[i];
        }
        assertThat(left).as("total %d fits %d items", total, free).isZero();
        return items;
    }
}
