package care.alliance.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest benchmark (not a test): posts programme events in batches to a RUNNING Alliance over
 * loopback HTTP and reports sustained events/s and the latency of each batch (p50/p95/p99/max).
 * Bounded in events and seconds; refuses any host that is not a loopback address.
 *
 * <pre>
 * ./mvnw spring-boot:run                 # terminal 1: demo profile, token demo-programme-token
 * ./mvnw -Pingest-benchmark              # terminal 2; see docs/benchmarks.md for the -Dbench.* options
 * </pre>
 *
 * The events are a realistic mix of every type for patients mb-1001.. of the demo service, dated in
 * the last 30 days, with unique ids per run (so every event is new: the write path is measured).
 * PHQ-9 item 9 is always 0 so a run raises no risk flags in the demo. After the timed run the
 * first batches are re-sent once to check that a replay is answered all DUPLICATE.
 */
public final class IngestBenchmark {

    private final URI uri;
    private final String token;
    private final int batchSize;
    private final int maxEvents;
    private final Duration maxTime;
    private final int warmupBatches;
    private final int concurrency;
    private final String patientPrefix;
    private final int firstPatient;
    private final int patients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    IngestBenchmark() {
        this.uri = URI.create(option("url", "http://127.0.0.1:8080") + "/api/v1/events");
        this.token = option("token", "demo-programme-token");
        this.batchSize = Integer.parseInt(option("batch", "500"));
        this.maxEvents = Integer.parseInt(option("events", "300000"));
        this.maxTime = Duration.ofSeconds(Long.parseLong(option("seconds", "60")));
        this.warmupBatches = Integer.parseInt(option("warmup", "20"));
        this.concurrency = Integer.parseInt(option("concurrency", "2"));
        this.patientPrefix = option("patientPrefix", "mb-");
        this.firstPatient = Integer.parseInt(option("firstPatient", "1001"));
        this.patients = Integer.parseInt(option("patients", "400"));
    }

    public static void main(String[] args) throws Exception {
        IngestBenchmark benchmark = new IngestBenchmark();
        benchmark.requireLoopback();
        benchmark.run();
    }

    private static String option(String name, String fallback) {
        return System.getProperty("bench." + name, fallback);
    }

    private void requireLoopback() throws Exception {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("The benchmark only talks to this machine (loopback); "
                        + uri.getHost() + " is " + address);
            }
        }
        if (batchSize < 1 || batchSize > 1000 || maxEvents < batchSize || maxTime.toSeconds() > 600) {
            throw new IllegalArgumentException("need 1 <= batch <= 1000, events >= batch and seconds <= 600");
        }
    }

    private void run() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        int batchCount = maxEvents / batchSize;
        System.out.printf(Locale.ROOT, "Preparing %d batches of %d events (run %s) for %s%n", batchCount, batchSize, runId, uri);
        List<String> bodies = new ArrayList<>(batchCount);
        SplittableRandom random = new SplittableRandom(20261123);
        for (int b = 0; b < batchCount; b++) {
            bodies.add(batch(runId, b, random));
        }
        int warmup = Math.min(warmupBatches, batchCount / 4);
        System.out.printf(Locale.ROOT, "Warm-up: %d batches%n", warmup);
        Stats warm = send(bodies.subList(0, warmup), Duration.ofSeconds(60));
        warm.requireAll("ACCEPTED");
        System.out.printf(Locale.ROOT, "Timed: up to %d batches or %d s, %d concurrent sender(s)%n",
                batchCount - warmup, maxTime.toSeconds(), concurrency);
        Stats timed = send(bodies.subList(warmup, batchCount), maxTime);
        timed.report("timed run");
        timed.requireAll("ACCEPTED");
        Stats replay = send(bodies.subList(0, Math.min(10, warmup)), Duration.ofSeconds(60));
        replay.report("replay of the first batches");
        replay.requireAll("DUPLICATE");
    }

    /** Sends the bodies with {@link #concurrency} senders until all are sent or the time is up. */
    private Stats send(List<String> bodies, Duration limit) throws Exception {
        Stats stats = new Stats();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + limit.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < concurrency; s++) {
                senders.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size() && System.nanoTime() < deadline;
                            i = next.getAndIncrement()) {
                        stats.add(post(bodies.get(i)));
                    }
                    return null;
                }));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
        } finally {
            pool.shutdownNow();
        }
        stats.elapsedNanos = System.nanoTime() - started;
        return stats;
    }

    private Sample post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        String results = response.body();
        return new Sample(nanos, count(results, "\"ACCEPTED\""), count(results, "\"DUPLICATE\""),
                count(results, "\"REJECTED\""));
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + token.length())) {
            n++;
        }
        return n;
    }

    private String batch(String runId, int batch, SplittableRandom random) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder json = new StringBuilder(batchSize * 160).append("{\"events\":[");
        for (int i = 0; i < batchSize; i++) {
            if (i > 0) {
                json.append(',');
            }
            String id = "bench-" + runId + "-" + batch + "-" + i;
            String patient = patientPrefix + (firstPatient + random.nextInt(patients));
            String at = now.minusSeconds(random.nextInt(30 * 86_400)).toString();
            json.append("{\"id\":\"").append(id).append("\",\"patient\":\"").append(patient)
                    .append("\",\"occurredAt\":\"").append(at).append("\",");
            int kind = random.nextInt(100);
            if (kind < 40) {
                json.append("\"type\":\"MOOD\",\"score\":").append(1 + random.nextInt(10));
            } else if (kind < 50) {
                boolean phq = random.nextBoolean();
                int[] items = new int[phq ? 9 : 7];
                for (int k = 0; k < items.length; k++) {
                    items[k] = phq && k == 8 ? 0 : random.nextInt(4);
                }
                json.append("\"type\":\"QUESTIONNAIRE\",\"instrument\":\"").append(phq ? "PHQ9" : "GAD7")
                        .append("\",\"items\":").append(Arrays.toString(items).replace(" ", ""));
            } else if (kind < 65) {
                json.append("\"type\":\"NOTIFICATION\",\"notificationId\":\"n-").append(batch).append('-').append(i)
                        .append("\",\"kind\":\"MOOD_REMINDER\",\"status\":\"DELIVERED\"");
            } else if (kind < 75) {
                boolean ok = random.nextInt(5) > 0;
                json.append("\"type\":\"LOGIN\",\"success\":").append(ok).append(ok ? "" : ",\"reason\":\"BAD_PASSWORD\"");
            } else if (kind < 85) {
                json.append("\"type\":\"MODULE_PROGRESS\",\"module\":\"BEHAVIOURAL_ACTIVATION\",\"percent\":")
                        .append(random.nextInt(101));
            } else if (kind < 95) {
                json.append("\"type\":\"DIARY\",\"activity\":\"Walk the dog\",\"status\":\"")
                        .append(random.nextBoolean() ? "PLANNED" : "COMPLETED").append('"');
            } else {
                json.append("\"type\":\"MESSAGE\",\"text\":\"Benchmark message ").append(id).append('"');
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    record Sample(long nanos, int accepted, int duplicate, int rejected) {
    }

    private final class Stats {
        final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        final AtomicLong events = new AtomicLong();
        long elapsedNanos;

        void add(Sample sample) {
            samples.add(sample);
            events.addAndGet(sample.accepted() + sample.duplicate() + sample.rejected());
        }

        void requireAll(String status) {
            for (Sample s : samples) {
                int expected = status.equals("ACCEPTED") ? s.accepted() : s.duplicate();
                if (expected != batchSize) {
                    throw new IllegalStateException("expected every event " + status + ", got " + s
                            + " (are patients " + patientPrefix + firstPatient + ".." + (firstPatient + patients - 1)
                            + " in the database?)");
                }
            }
        }

        void report(String what) {
            long[] millis = samples.stream().mapToLong(s -> s.nanos() / 1_000).sorted().toArray();
            double seconds = elapsedNanos / 1e9;
            System.out.printf(Locale.ROOT, "%n== %s: %d batches of %d, %d events in %.1f s%n", what, millis.length,
                    batchSize, events.get(), seconds);
            System.out.printf(Locale.ROOT, "   sustained: %.0f events/s (%d concurrent sender(s))%n",
                    events.get() / seconds, concurrency);
            System.out.printf(Locale.ROOT, "   latency per batch: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                    millis.length == 0 ? 0 : millis[millis.length - 1] / 1000.0);
        }

        private double percentile(long[] sortedMicros, int p) {
            if (sortedMicros.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1; // nearest-rank
            return sortedMicros[Math.max(0, rank)] / 1000.0;
        }
    }
}
