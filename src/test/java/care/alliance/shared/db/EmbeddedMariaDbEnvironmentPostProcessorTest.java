package care.alliance.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedMariaDbEnvironmentPostProcessorTest {

    private final EmbeddedMariaDbEnvironmentPostProcessor processor = new EmbeddedMariaDbEnvironmentPostProcessor();

    @Test
    void externalDatabaseConfiguredMeansNoEmbeddedOne() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mariadb://db.example:3306/alliance");
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getPropertySources().contains("embeddedMariaDb")).isFalse();
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:mariadb://db.example:3306/alliance");
    }

    @Test
    void embeddedDatabaseCanBeSwitchedOff() {
        MockEnvironment env = new MockEnvironment().withProperty("alliance.embedded-db.enabled", "false");
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getPropertySources().contains("embeddedMariaDb")).isFalse();
        assertThat(env.getProperty("spring.datasource.url")).isNull();
    }

    @Test
    void withoutConfigurationAnEmbeddedMariaDbIsStartedAndUsed() throws Exception {
        // the same data dir and database as the test contexts, so this reuses the JVM's one server
        MockEnvironment env = new MockEnvironment().withProperty("alliance.embedded-db.data-dir", "temp");
        processor.postProcessEnvironment(env, new SpringApplication());
        String url = env.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:mariadb://127.0.0.1:").endsWith("/alliance");
        try (var connection = java.sql.DriverManager.getConnection(url, "root", "");
             var result = connection.createStatement().executeQuery("SELECT VERSION()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("11.4");
        }
    }
}
