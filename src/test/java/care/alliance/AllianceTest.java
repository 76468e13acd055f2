package care.alliance;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real (embedded, throw-away) MariaDB with the test fixtures loaded.
 * Every context-level test uses exactly this, so Spring builds one context per JVM. Detection runs
 * only when a test calls it: a scheduled or on-arrival run would open issues in other tests' data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.embedded-db.data-dir=temp", "alliance.detection.enabled=false",
                // the nightly time capture would propose entries for other tests' appointments
                "alliance.time-capture.enabled=false",
                "spring.jpa.properties.hibernate.generate_statistics=true",
                // tests build digests themselves; background builds planned at booking would race them
                "alliance.digest.plan-on-booking=false"})
@Import(Fixtures.class)
public @interface AllianceTest {
}
