package care.alliance.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import care.alliance.security.ApiScope;
import care.alliance.security.ui.LoginView;

/**
 * Two chains: a stateless one for the integration API (never a session, answers problem+json),
 * and the Vaadin one for people. Views are denied unless annotated (Vaadin navigation access
 * control); every service method carries @PreAuthorize (method security is on).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final int BCRYPT_STRENGTH = 10;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, ApiTokens tokens,
            SecurityContextHolderStrategy contexts) throws Exception {
        return http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens, problems, contexts), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // the scope is checked here, before a body is read, and again on the service method
                        .requestMatchers(HttpMethod.POST, "/api/v1/events").hasAuthority(ApiScope.EVENTS_WRITE.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/patients", "/api/v1/patients/*/discharge")
                                .hasAuthority(ApiScope.PATIENTS_WRITE.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/appointments", "/api/v1/appointments/*/outcome")
                                .hasAuthority(ApiScope.APPOINTMENTS_WRITE.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/patients/*/outcome")
                                .hasAuthority(ApiScope.OUTCOMES_READ.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/patients/*/plan")
                                .hasAnyAuthority(ApiScope.PLANS_READ.authority(), ApiScope.OUTCOMES_READ.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/appointments/*/digest")
                                .hasAuthority(ApiScope.DIGESTS_READ.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/issues").hasAuthority(ApiScope.ISSUES_READ.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/jobs/**").hasAuthority(ApiScope.JOBS_RUN.authority())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/webjars/**", "/styles/**", "/lumo/**", "/error", "/error/**").permitAll()
                // the API's description (springdoc): public, like any API reference; it holds no data
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
                        .permitAll());
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"))
                .build();
    }
}
