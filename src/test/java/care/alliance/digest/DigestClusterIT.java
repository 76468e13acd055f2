package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #5, acceptance 2: two Alliance processes on one MariaDB build the digests of 2,000 appointments;
 * one is killed with SIGKILL while it is building; in the end every appointment has exactly one digest,
 * of version 1. Quartz's cluster recovery hands the dead node's in-flight builds ({@code requestRecovery})
 * to the survivor, whose re-run stores nothing where the dead node had already committed (the input
 * fingerprint is unchanged). The figures (recovery time, total time, builds per node) are logged and
 * written to {@code target/digest-cluster-it.txt}.
 */
class DigestClusterIT {

    private static final Logger log = LoggerFactory.getLogger(DigestClusterIT.class);

    private static final int APPOINTMENTS = 2_000;
    /** DigestBuildJob's log line for a stored digest, and for a failed build. */
    private static final String BUILT = ": built version 1";
    private static final String FAILED = "Digest build REQUESTED for appointment";
    private static final int PATIENTS = 1_000;
    /** Ids far above the sequences' (which start at 1), so nothing the application creates collides. */
    private static final long ID_BASE = 1_000_000;
    private static final Path DIR = Path.of("target", "digest-cluster-it");
    private static final Path REPORT = Path.of("target", "digest-cluster-it.txt");
    private static final String RECOVERING_GROUP = "RECOVERING_JOBS";
    /**
     * The one setting that differs from application.properties. Quartz tells only its own node about a
     * new trigger; another node finds it when its idle wait ends, which is up to 30 s by default. A
     * "build now" burst posted to one node is then built by that node alone for up to 30 s (seen in this
     * test: node B built nothing before the burst was 70% done). 2 s lets both nodes share the burst from
     * the start; clustering and recovery (check-in interval, requestRecovery) are exactly production's.
     */
    private static final String IDLE_WAIT = "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=2000";

    private final List<AllianceNode> nodes = new ArrayList<>();
    private ClusterDatabase database;
    private JdbcTemplate jdbc;
    private SingleConnectionDataSource dataSource;

    @AfterEach
    void stopEverything() {
        // the processes first: they hold connections to the database
        nodes.forEach(AllianceNode::close);
        if (dataSource != null) {
            dataSource.destroy();
        }
        if (database != null) {
            database.close();
            // ~500 MB of server binaries and data; the nodes' logs stay in DIR for a post-mortem
            FileSystemUtils.deleteRecursively(DIR.resolve("mariadb").toFile());
        }
    }

    @Test
    void twoNodesBuildEveryDigestExactlyOnceWhenOneIsKilledMidBuild() throws Exception {
        Files.createDirectories(DIR);
        database = ClusterDatabase.start(DIR.resolve("mariadb"), "alliance_cluster");
        dataSource = new SingleConnectionDataSource(database.url(), "root", "", true);
        jdbc = new JdbcTemplate(dataSource);

        // node A migrates the schema (Flyway) before node B starts, so the two never race on it
        AllianceNode survivor = launch("node-a");
        awaitUp(survivor);
        String survivorInstance = awaitSchedulerInstances(1).iterator().next();
        AllianceNode victim = launch("node-b");
        Instant from = LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        seed(from);
        String token = integrationWithJobsRun();
        awaitUp(victim);
        String victimInstance = awaitSchedulerInstances(2).stream().filter(i -> !i.equals(survivorInstance))
                .findFirst().orElseThrow();
        log.info("Cluster: {} is Quartz instance {}, {} is {}", survivor, survivorInstance, victim, victimInstance);

        // the request goes to the survivor, asynchronously: builds start while it is still scheduling
        long requested = System.nanoTime();
        CompletableFuture<HttpResponse<String>> post = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(survivor.base() + "/api/v1/jobs/digests?from=" + from + "&to=" + to))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(3))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        Set<String> executingInstances = ConcurrentHashMap.newKeySet();
        AtomicInteger errorTriggersSeen = new AtomicInteger();
        AtomicLong scheduled = new AtomicLong();
        post.thenRun(() -> scheduled.set(System.nanoTime()));
        // node B must have built some already and be building now: 15% to 60% done, B holding fired triggers
        explained(() -> await("between 15% and 60% of the digests built, node B building its share")
                .atMost(Duration.ofMinutes(3)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .failFast("a node died before the kill", () -> !survivor.alive() || !victim.alive())
                .until(() -> {
                    observe(executingInstances, errorTriggersSeen);
                    int built = digests();
                    if (built > APPOINTMENTS * 60 / 100) {
                        throw new AssertionError("more than 60% of the digests (" + built
                                + ") were built before node B was seen building");
                    }
                    return built >= APPOINTMENTS * 15 / 100 && firedBy(victimInstance) > 0
                            && victim.countInLog(BUILT) > 0;
                }));

        // kill -9 node B while it holds fired triggers
        int firedBeforeKill = firedBy(victimInstance);
        long killed = System.nanoTime();
        int exitCode = victim.kill();
        assertThat(exitCode).as("node B ended by SIGKILL (exit code 128 + 9)").isEqualTo(137);
        int digestsAtKill = digests();
        List<Map<String, Object>> inFlight = jdbc.queryForList(
                "SELECT JOB_NAME, STATE FROM QRTZ_FIRED_TRIGGERS WHERE INSTANCE_NAME = ?", victimInstance);
        long executingAtKill = inFlight.stream().filter(row -> "EXECUTING".equals(row.get("STATE"))).count();
        log.info("Killed {} at {} of {} digests; it left {} fired trigger(s) ({} executing): {}", victim, digestsAtKill,
                APPOINTMENTS, inFlight.size(), executingAtKill, inFlight);
        assertThat(inFlight).as("node B died holding fired triggers (mid-build)").isNotEmpty();

        // the survivor notices (cluster check-in), recovers node B's jobs and builds the rest
        AtomicLong recovered = new AtomicLong();
        AtomicLong lastDigest = new AtomicLong();
        AtomicInteger recoveryTriggersSeen = new AtomicInteger();
        explained(() -> await("every digest built and node B's in-flight jobs recovered and re-run")
                .atMost(Duration.ofMinutes(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .failFast("node A died", () -> !survivor.alive())
                .until(() -> {
                    observe(executingInstances, errorTriggersSeen);
                    recoveryTriggersSeen.accumulateAndGet(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = ?", Integer.class,
                            RECOVERING_GROUP), Math::max);
                    if (recovered.get() == 0 && firedBy(victimInstance) == 0) {
                        recovered.set(System.nanoTime());
                    }
                    if (lastDigest.get() == 0 && digests() >= APPOINTMENTS) {
                        lastDigest.set(System.nanoTime());
                    }
                    return recovered.get() != 0 && lastDigest.get() != 0 && digestTriggersLeft() == 0;
                }));
        long settled = System.nanoTime();

        HttpResponse<String> reply = post.get(1, TimeUnit.MINUTES);
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(202);
        assertThat(JsonMapper.builder().build().readTree(reply.body()).path("scheduled").asInt()).isEqualTo(APPOINTMENTS);

        // exactly one digest per appointment, all version 1: the re-runs stored nothing
        assertThat(digests()).as("digest rows").isEqualTo(APPOINTMENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT appointment_id) FROM digest", Integer.class))
                .as("appointments with a digest").isEqualTo(APPOINTMENTS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest WHERE version <> 1", Integer.class))
                .as("digests of a version other than 1").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest d JOIN appointment a ON a.id = d.appointment_id "
                + "WHERE a.id >= ? AND a.status = 'BOOKED'", Integer.class, ID_BASE))
                .as("digests of the seeded appointments").isEqualTo(APPOINTMENTS);
        assertThat(errorTriggersSeen.get()).as("triggers seen in the ERROR state").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE = 'ERROR'",
                Integer.class)).as("triggers in the ERROR state").isZero();
        assertThat(executingInstances).as("Quartz instances seen executing builds")
                .contains(survivorInstance, victimInstance);
        assertThat(survivor.countInLog(FAILED)).as("failed builds on node A" + survivor.tail(40)).isZero();
        assertThat(victim.countInLog(FAILED)).as("failed builds on node B" + victim.tail(40)).isZero();

        // each stored digest is logged once by the node that stored it; B may have died between the two
        long builtBySurvivor = survivor.countInLog(BUILT);
        long builtByVictim = victim.countInLog(BUILT);
        long rerunsStoringNothing = survivor.countInLog("nothing new since the last version");
        assertThat(builtBySurvivor).as("digests built by node A").isPositive();
        assertThat(builtByVictim).as("digests built by node B").isPositive();
        assertThat(builtBySurvivor + builtByVictim).as("digests logged as built by A and B together")
                .isBetween((long) APPOINTMENTS - executingAtKill, (long) APPOINTMENTS);
        String report = """
                DigestClusterIT (issue #5, acceptance 2) %s
                two Alliance processes, one MariaDB, %d BOOKED appointments, POST /api/v1/jobs/digests to node A
                all %d builds scheduled (202 returned) %s after the request
                node B killed with SIGKILL (exit %d) %s after the request, at %d of %d digests,
                  holding %d fired trigger(s) (%d executing; %d seen just before the kill)
                recovery: node B's fired triggers gone %s after the kill (Quartz cluster check-in every 2 s, + 7.5 s grace);
                  recovery triggers seen at once (max): %d
                last digest %s after the kill; every build done and no trigger left %s after the kill
                total: request to last digest %s; request to settled %s
                digests: %d rows, %d appointments, versions other than 1: 0, duplicates: 0
                built (log lines "built version 1"): node A %d, node B %d (B may have committed a build it did not log)
                node A re-runs that stored nothing (recovered after B committed, or replanned): %d
                """.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), APPOINTMENTS, APPOINTMENTS,
                seconds(scheduled.get() - requested), exitCode,
                seconds(killed - requested), digestsAtKill, APPOINTMENTS, inFlight.size(), executingAtKill,
                firedBeforeKill, seconds(recovered.get() - killed), recoveryTriggersSeen.get(),
                seconds(lastDigest.get() - killed), seconds(settled - killed), seconds(lastDigest.get() - requested),
                seconds(settled - requested), digests(), APPOINTMENTS, builtBySurvivor, builtByVictim,
                rerunsStoringNothing);
        log.info("{}", report);
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
    }

    private AllianceNode launch(String name) throws Exception {
        AllianceNode node = AllianceNode.launch(name, database.url(), DIR, IDLE_WAIT);
        nodes.add(node);
        return node;
    }

    private void awaitUp(AllianceNode node) {
        explained(() -> await(node + " answering HTTP").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .failFast(node + " exited during start-up", () -> !node.alive())
                .until(node::answers));
    }

    /** Quartz instances checked in to the cluster, once there are {@code count}. */
    private Set<String> awaitSchedulerInstances(int count) {
        List<String> instances = new ArrayList<>();
        explained(() -> await(count + " Quartz instance(s) checked in").atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    instances.clear();
                    instances.addAll(jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE", String.class));
                    return instances.size() == count;
                }));
        return Set.copyOf(instances);
    }

    private int digests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM digest", Integer.class);
    }

    private int firedBy(String instance) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE INSTANCE_NAME = ?", Integer.class,
                instance);
    }

    /** Build triggers not yet done, including recovery ones, and fired ones still running. */
    private int digestTriggersLeft() {
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP IN (?, ?)) "
                + "+ (SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS)", Integer.class, "digest-build", RECOVERING_GROUP);
    }

    private void observe(Set<String> executingInstances, AtomicInteger errorTriggersSeen) {
        executingInstances.addAll(jdbc.queryForList(
                "SELECT DISTINCT INSTANCE_NAME FROM QRTZ_FIRED_TRIGGERS WHERE STATE = 'EXECUTING'", String.class));
        errorTriggersSeen.accumulateAndGet(jdbc.queryForObject(
                "SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE = 'ERROR'", Integer.class), Math::max);
    }

    /** 1,000 patients (one service, one PWP, one open episode each) with two BOOKED sessions on the day. */
    private void seed(Instant day) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO service (id, code, name, time_zone) VALUES (?, 'cluster-it', 'Cluster IT', "
                + "'Europe/London')", ID_BASE);
        jdbc.update("INSERT INTO staff_user (id, username, display_name, password_hash, role, service_id) "
                + "VALUES (?, 'pwp.cluster', 'PWP Cluster', '{noop}unused', 'PWP', ?)", ID_BASE, ID_BASE);
        List<Object[]> patients = new ArrayList<>();
        List<Object[]> episodes = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            long id = ID_BASE + i;
            patients.add(new Object[] {id, "cluster-it-" + i, "Cluster Patient " + i, ID_BASE, now});
            episodes.add(new Object[] {id, id, ID_BASE, LocalDate.now(ZoneOffset.UTC).minusDays(30)});
        }
        jdbc.batchUpdate("INSERT INTO patient (id, programme_id, display_name, service_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", patients);
        jdbc.batchUpdate("INSERT INTO episode (id, patient_id, pwp_id, referred_on) VALUES (?, ?, ?, ?)", episodes);
        List<Object[]> appointments = new ArrayList<>();
        long spacing = Duration.ofDays(1).toSeconds() / APPOINTMENTS; // spread over the day
        for (int i = 0; i < APPOINTMENTS; i++) {
            long patient = ID_BASE + i % PATIENTS;
            LocalDateTime start = LocalDateTime.ofInstant(day.plusSeconds(i * spacing), ZoneOffset.UTC);
            appointments.add(new Object[] {ID_BASE + i, "cluster-it-a" + i, patient, patient, ID_BASE, start});
        }
        jdbc.batchUpdate("INSERT INTO appointment (id, external_id, episode_id, patient_id, pwp_id, kind, start_at, "
                + "minutes, status) VALUES (?, ?, ?, ?, ?, 'FACE_TO_FACE', ?, 30, 'BOOKED')", appointments);
        log.info("Seeded {} BOOKED appointments for {} patients starting {}", APPOINTMENTS, PATIENTS, day);
    }

    /** An integration with scope jobs:run, stored as the application stores one (SHA-256 of the token). */
    private String integrationWithJobsRun() throws Exception {
        String token = "cluster-it-" + System.nanoTime();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("INSERT INTO integration (id, name, scopes, token_hash, token_hint, created_at, created_by) "
                + "VALUES (?, 'cluster-it', 'jobs:run', ?, 'cluster-i…', ?, 'test')", ID_BASE, hash,
                Timestamp.from(Instant.now()));
        return token;
    }

    /** Runs a wait; if it fails, the failure carries the tail of every node's output. */
    private void explained(Runnable wait) {
        try {
            wait.run();
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError(e.getMessage() + AllianceNode.tails(nodes), e);
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
