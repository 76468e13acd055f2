package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.module;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;
import care.alliance.outcomes.EpisodeFacts;
import care.alliance.outcomes.EpisodeOutcome;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.OutcomeRules;
import care.alliance.outcomes.Score;

/**
 * H05: one patient's programme history delivered in order, and the same history delivered late,
 * shuffled and in uneven batches for a twin patient, give identical stored state, identical
 * "latest" values and identical outcomes: state is ordered by occurredAt, never by arrival.
 */
@AllianceTest
class OutOfOrderDeliveryTest {

    private static final Instant START = Instant.parse("2026-01-12T08:00:00Z");
    /** PHQ-9 and GAD-7 totals per week: improving from 18/13 to 6/4, with a bad week in the middle. */
    private static final int[] PHQ = {18, 16, 17, 12, 20, 9, 7, 6};
    private static final int[] GAD = {13, 12, 12, 9, 15, 7, 5, 4};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    EventsApi api;
    String run;

    @BeforeEach
    void setUp() {
        api = new EventsApi(port);
        run = EventsApi.run();
    }

    /** Eight weeks: weekly PHQ-9 and GAD-7, a mood rating every day, module progress twice a week. */
    private List<Map<String, Object>> history(String patient, String idPrefix) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int week = 0; week < PHQ.length; week++) {
            Instant monday = START.plusSeconds(week * 7L * 86_400);
            events.add(questionnaire(idPrefix + "phq" + week, patient, monday.toString(), "PHQ9", items(PHQ[week], 9)));
            events.add(questionnaire(idPrefix + "gad" + week, patient, monday.plusSeconds(300).toString(), "GAD7",
                    items(GAD[week], 7)));
            events.add(module(idPrefix + "mod" + week + "a", patient, monday.plusSeconds(3600).toString(),
                    "BEHAVIOURAL_ACTIVATION", Math.min(100, week * 15)));
            events.add(module(idPrefix + "mod" + week + "b", patient, monday.plusSeconds(3 * 86_400).toString(),
                    "BEHAVIOURAL_ACTIVATION", Math.min(100, week * 15 + 7)));
            for (int day = 0; day < 7; day++) {
                events.add(mood(idPrefix + "mood" + week + "-" + day, patient,
                        monday.plusSeconds(day * 86_400L + 43_200).toString(), 1 + (week + day * 3) % 10));
            }
        }
        return events;
    }

    /** Items 0–3 summing to the total, item 9 kept at 0 so no risk flag interferes. */
    private static Integer[] items(int total, int count) {
        Integer[] items = new Integer[count];
        int left = total;
        for (int i = 0; i < count; i++) {
            items[i] = i == 8 ? 0 : Math.min(3, left);
            left -= items[i];
        }
        return items;
    }

    @Test
    void H05_shuffledLateDeliveryGivesTheSameStateAsInOrderDelivery() {
        long inOrder = IngestFixtures.newPatient(jdbc, "t-h05-" + run + "a");
        long shuffled = IngestFixtures.newPatient(jdbc, "t-h05-" + run + "b");
        long reversed = IngestFixtures.newPatient(jdbc, "t-h05-" + run + "c");

        for (List<Map<String, Object>> day : chunks(history("t-h05-" + run + "a", run + "a-"), 11)) {
            api.postEvents(day).forEach(r -> assertThat(r.status()).isEqualTo("ACCEPTED"));
        }
        List<Map<String, Object>> mixed = new ArrayList<>(history("t-h05-" + run + "b", run + "b-"));
        Collections.shuffle(mixed, new Random(5));
        for (List<Map<String, Object>> batch : unevenChunks(mixed, new Random(7))) {
            api.postEvents(batch).forEach(r -> assertThat(r.status()).isEqualTo("ACCEPTED"));
        }
        List<Map<String, Object>> backwards = new ArrayList<>(history("t-h05-" + run + "c", run + "c-"));
        Collections.reverse(backwards);
        for (List<Map<String, Object>> batch : chunks(backwards, 5)) {
            api.postEvents(batch).forEach(r -> assertThat(r.status()).isEqualTo("ACCEPTED"));
        }

        for (long twin : List.of(shuffled, reversed)) {
            assertThat(state(twin)).isEqualTo(state(inOrder));
            assertThat(latestMood(twin)).isEqualTo(latestMood(inOrder));
            assertThat(latestModulePercent(twin)).isEqualTo(latestModulePercent(inOrder));
            assertThat(outcome(twin)).isEqualTo(outcome(inOrder));
        }
        // and the latest values are the latest by occurredAt, which the reversed delivery sent first
        assertThat(latestMood(reversed)).isEqualTo(1 + (7 + 6 * 3) % 10);
        assertThat(latestModulePercent(reversed)).isEqualTo(100);
        EpisodeOutcome outcome = outcome(reversed);
        assertThat(outcome.phq9().first()).isEqualTo(18);
        assertThat(outcome.phq9().latest()).isEqualTo(6);
        assertThat(outcome.gad7().first()).isEqualTo(13);
        assertThat(outcome.gad7().latest()).isEqualTo(4);
        assertThat(outcome.reliableImprovement()).isTrue();
    }

    /** Everything stored about the patient except ids and arrival: rows in occurredAt order. */
    private List<Map<String, Object>> state(long patientId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("SELECT occurred_at, instrument, item_1, item_2, item_3, item_4, item_5, item_6,"
                + " item_7, item_8, item_9, total FROM questionnaire WHERE patient_id = ? ORDER BY occurred_at", patientId));
        rows.addAll(jdbc.queryForList("SELECT occurred_at, score FROM mood_rating WHERE patient_id = ? ORDER BY occurred_at",
                patientId));
        rows.addAll(jdbc.queryForList("SELECT occurred_at, module, percent FROM module_progress WHERE patient_id = ?"
                + " ORDER BY occurred_at", patientId));
        assertThat(rows).hasSize(8 * 2 + 8 * 7 + 8 * 2);
        return rows;
    }

    private int latestMood(long patientId) {
        return jdbc.queryForObject("SELECT score FROM mood_rating WHERE patient_id = ? ORDER BY occurred_at DESC LIMIT 1",
                Integer.class, patientId);
    }

    private int latestModulePercent(long patientId) {
        return jdbc.queryForObject("SELECT percent FROM module_progress WHERE patient_id = ? AND module = 'BEHAVIOURAL_ACTIVATION'"
                + " ORDER BY occurred_at DESC LIMIT 1", Integer.class, patientId);
    }

    /** The outcome rules over the stored scores, read in storage (arrival) order on purpose. */
    private EpisodeOutcome outcome(long patientId) {
        List<Score> scores = jdbc.query("SELECT instrument, occurred_at, total FROM questionnaire WHERE patient_id = ?"
                + " ORDER BY id", (rs, i) -> new Score(Instrument.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(3)), patientId);
        return OutcomeRules.evaluate(new EpisodeFacts(scores, 3, false));
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        return unevenChunks(list, i -> size);
    }

    private static <T> List<List<T>> unevenChunks(List<T> list, Random random) {
        return unevenChunks(list, i -> 1 + random.nextInt(20));
    }

    private static <T> List<List<T>> unevenChunks(List<T> list, Function<Integer, Integer> sizeOf) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0, n = 0; from < list.size(); n++) {
            int to = Math.min(list.size(), from + sizeOf.apply(n));
            chunks.add(list.subList(from, to));
            from = to;
        }
        return chunks;
    }
}
