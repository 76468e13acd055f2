package care.alliance;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        try {
            SpringApplication.run(Application.class, args);
        } catch (RuntimeException startupFailed) {
            // Boot has logged why. Exit rather than return: the embedded database's process watcher is a
            // non-daemon thread, so a failed start would otherwise leave a hung JVM and a running mariadbd.
            System.exit(1);
        }
    }

    /** One clock for the whole product, so tests can fix time and everything stays in UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
