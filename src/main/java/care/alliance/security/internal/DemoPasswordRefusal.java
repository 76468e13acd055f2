package care.alliance.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;

/**
 * The demo password is public (it is in the README). Outside the demo profile it is treated as a
 * compromised password, so a database that once held demo users can never be signed into with it.
 */
@Configuration
@Profile("!demo")
class DemoPasswordRefusal {

    static final String DEMO_PASSWORD = "alliance-demo-1";

    @Bean
    CompromisedPasswordChecker demoPasswordIsCompromised() {
        return password -> new CompromisedPasswordDecision(DEMO_PASSWORD.equals(password));
    }
}
