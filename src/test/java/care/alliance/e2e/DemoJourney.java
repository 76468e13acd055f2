package care.alliance.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every Selenium journey stands on: Alliance with the demo data on a throw-away embedded database,
 * detection's scheduled and on-arrival runs off (they would change the queue under a journey), one Chromium
 * per class.
 * The same configuration for every journey, so Spring's test context cache starts the demo once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.embedded-db.data-dir=temp", "alliance.detection.enabled=false"})
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoJourney {

    static final String PASSWORD = "alliance-demo-1";
    static final String DEMO_TOKEN = "demo-programme-token";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
