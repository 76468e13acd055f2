package care.alliance.digest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Alliance application in a JVM of its own ({@code care.alliance.Application} on the test's
 * classpath), on an external database, its output in a log file. Not the demo profile.
 */
final class AllianceNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AllianceNode.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    final Path logFile;
    private final Process process;

    private AllianceNode(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /** {@code arguments}: extra Spring Boot command-line arguments ({@code --name=value}). */
    static AllianceNode launch(String name, String jdbcUrl, Path logDir, String... arguments) throws IOException {
        int port = freePort();
        Path logFile = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-Dvaadin.productionMode=true",
                "-cp", classpath(), "care.alliance.Application", "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.remove("SPRING_PROFILES_ACTIVE"); // never the demo profile: the test seeds its own data
        env.put("SPRING_DATASOURCE_URL", jdbcUrl);
        env.put("SPRING_DATASOURCE_USERNAME", "root");
        env.put("SPRING_DATASOURCE_PASSWORD", "");
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        env.put("PORT", Integer.toString(port));
        Process process = builder.start();
        log.info("Started Alliance {} (pid {}) on port {}, output in {}", name, process.pid(), port, logFile);
        return new AllianceNode(name, port, logFile, process);
    }

    /**
     * The test's real classpath: Failsafe may start the test JVM from a manifest-only jar, so
     * {@code java.class.path} can be that one jar; the booter publishes the full list as
     * {@code surefire.test.class.path}.
     */
    static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Up once the web server answers at all (an API call without a token is a 401). */
    boolean answers() {
        try {
            HttpResponse<Void> reply = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/jobs/digests"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return reply.statusCode() > 0;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL (Process.destroyForcibly on Linux); returns the exit code, 137 = 128 + SIGKILL. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError(name + " did not die within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** Lines of the log containing {@code text}. */
    long countInLog(String text) throws IOException {
        try (var lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    /** The last lines of the output, for assertion messages. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return "---- last " + lines + " lines of " + logFile + " ----" + System.lineSeparator()
                    + String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log " + logFile + ": " + e + ")";
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                log.warn("Alliance {} (pid {}) ignored SIGTERM for 30 s: killing it", name, process.pid());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    static String tails(List<AllianceNode> nodes) {
        StringBuilder text = new StringBuilder();
        for (AllianceNode node : nodes) {
            text.append(System.lineSeparator()).append(node.tail(40));
        }
        return text.toString();
    }
}
