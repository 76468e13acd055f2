package care.alliance.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application in profile demo on a throw-away embedded MariaDB of its own (a separate
 * database name starts a separate server, so the demo rows never meet other modules' test fixtures),
 * with the clock fixed so "today" is known. All demo test classes share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"alliance.embedded-db.data-dir=temp", "alliance.embedded-db.database=alliance_demo_test",
        "alliance.demo.reseed=false",
        "alliance.detection.enabled=false", "alliance.time-capture.enabled=false"})
@ActiveProfiles("demo")
@Import(DemoTest.FixedClock.class)
@interface DemoTest {

    /** Monday 23 November 2026, 10:00 UTC. */
    Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        @Primary
        Clock demoTestClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
