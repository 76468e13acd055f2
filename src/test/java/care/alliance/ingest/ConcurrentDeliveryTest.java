package care.alliance.ingest;

import static care.alliance.ingest.EventsApi.diary;
import static care.alliance.ingest.EventsApi.login;
import static care.alliance.ingest.EventsApi.message;
import static care.alliance.ingest.EventsApi.module;
import static care.alliance.ingest.EventsApi.mood;
import static care.alliance.ingest.EventsApi.notification;
import static care.alliance.ingest.EventsApi.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;

/**
 * H08 under concurrency, over real HTTP: deliveries of the same events at the same moment store
 * each event exactly once (the raw store's unique key decides), every request gets a 200, and each
 * event is ACCEPTED in exactly one response.
 */
@AllianceTest
class ConcurrentDeliveryTest {

    private static final String[] TABLES = {"questionnaire", "mood_rating", "module_progress", "notification_event",
            "login_event", "diary_entry", "message"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    String run;

    @BeforeEach
    void setUp() {
        IngestFixtures.ensurePatients(jdbc);
        run = EventsApi.run();
    }

    /** 1,000 events of every type over all test patients; every 70th is a PHQ-9 with item 9 = 2 (15 flags). */
    private List<Map<String, Object>> thousandEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        for (int i = 0; i < 1000; i++) {
            String id = run + i;
            String p = IngestFixtures.patient(1 + i % IngestFixtures.PATIENTS);
            String at = start.plusSeconds(600L * i).toString();
            events.add(switch (i % 7) {
                case 0 -> questionnaire(id, p, at, "PHQ9", 1, 1, 1, 1, 1, 1, 1, 1, i % 70 == 0 ? 2 : 0);
                case 1 -> mood(id, p, at, 1 + i % 10);
                case 2 -> login(id, p, at, i % 3 != 0, i % 3 != 0 ? null : "BAD_PASSWORD");
                case 3 -> module(id, p, at, "PROBLEM_SOLVING", i % 101);
                case 4 -> notification(id, p, at, "n-" + i, "MESSAGE_ALERT", "DELIVERED");
                case 5 -> diary(id, p, at, "Activity " + i, "COMPLETED");
                default -> message(id, p, at, "Message " + i);
            });
        }
        return events;
    }

    @Test
    void H08_tenDeliveriesOfTheSameThousandEventsAtOnceStoreThemOnce() throws Exception {
        List<Map<String, Object>> events = thousandEvents();
        List<HttpResponse<String>> responses = deliverAtOnce(10, thread -> EventsApi.body(events));

        Map<String, Map<String, Integer>> statusesById = new HashMap<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            List<EventsApi.Result> results = EventsApi.results(response.body());
            assertThat(results).extracting(EventsApi.Result::id)
                    .containsExactlyElementsOf(events.stream().map(e -> (String) e.get("id")).toList());
            results.forEach(r -> statusesById.computeIfAbsent(r.id(), id -> new HashMap<>()).merge(r.status(), 1, Integer::sum));
        }
        assertThat(statusesById).hasSize(1000).allSatisfy((id, statuses) ->
                assertThat(statuses).as(id).containsExactlyInAnyOrderEntriesOf(Map.of("ACCEPTED", 1, "DUPLICATE", 9)));
        assertThat(stored("programme_event")).isEqualTo(1000);
        assertThat(storedFacts()).isEqualTo(1000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM risk_flag f JOIN questionnaire q ON q.id = f.questionnaire_id"
                + " WHERE q.event_id LIKE ?", Integer.class, run + "%")).isEqualTo(15);
    }

    @Test
    void H08_overlappingBatchesInDifferentOrdersStoreEveryEventOnce() throws Exception {
        List<Map<String, Object>> events = thousandEvents();
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        for (int thread = 0; thread < 6; thread++) {
            List<Map<String, Object>> batch = new ArrayList<>(events);
            Collections.shuffle(batch, new Random(thread));
            batches.add(batch.subList(0, 600));
        }

        List<HttpResponse<String>> responses = deliverAtOnce(6, thread -> EventsApi.body(batches.get(thread)));

        Map<String, Integer> accepted = new HashMap<>();
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            for (EventsApi.Result r : EventsApi.results(response.body())) {
                assertThat(r.status()).isIn("ACCEPTED", "DUPLICATE");
                accepted.merge(r.id(), r.status().equals("ACCEPTED") ? 1 : 0, Integer::sum);
            }
        }
        long sent = batches.stream().flatMap(List::stream).map(e -> e.get("id")).distinct().count();
        assertThat(accepted).hasSize((int) sent).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1));
        assertThat(stored("programme_event")).isEqualTo(sent);
        assertThat(storedFacts()).isEqualTo(sent);
    }

    @Test
    void H08_concurrentDifferentContentUnderOneIdKeepsExactlyOneVersion() throws Exception {
        List<HttpResponse<String>> responses = deliverAtOnce(5, thread -> {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                batch.add(mood(run + i, IngestFixtures.patient(1), "2026-06-02T10:00:00Z", 1 + thread));
            }
            return EventsApi.body(batch);
        });

        Map<String, Integer> acceptedScore = new HashMap<>();
        for (int thread = 0; thread < responses.size(); thread++) {
            assertThat(responses.get(thread).statusCode()).isEqualTo(200);
            for (EventsApi.Result r : EventsApi.results(responses.get(thread).body())) {
                if (r.status().equals("ACCEPTED")) {
                    assertThat(acceptedScore.put(r.id(), 1 + thread)).as("accepted twice: " + r.id()).isNull();
                } else {
                    assertThat(r.status()).isEqualTo("REJECTED");
                    assertThat(r.error()).isEqualTo("conflict: event id already used with different content");
                }
            }
        }
        assertThat(acceptedScore).hasSize(200);
        assertThat(stored("mood_rating")).isEqualTo(200);
        acceptedScore.forEach((id, score) -> assertThat(jdbc.queryForObject(
                "SELECT score FROM mood_rating WHERE event_id = ?", Integer.class, id)).as(id).isEqualTo(score));
    }

    private List<HttpResponse<String>> deliverAtOnce(int threads, IntFunction<String> bodyOfThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                String body = bodyOfThread.apply(thread);
                EventsApi api = new EventsApi(port); // a client, so a connection, of its own
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return api.post(body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                responses.add(future.get(3, TimeUnit.MINUTES));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long stored(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE event_id LIKE ?", Long.class, run + "%");
    }

    private long storedFacts() {
        long facts = 0;
        for (String table : TABLES) {
            facts += stored(table);
        }
        return facts;
    }
}
