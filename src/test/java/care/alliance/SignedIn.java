package care.alliance;

import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs a call as a staff member created by the test itself (@WithUserDetails needs the account
 * before the test starts). Uses the context's own security-context strategy, as CurrentUser does.
 */
public final class SignedIn {

    private final ApplicationContext context;

    public SignedIn(ApplicationContext context) {
        this.context = context;
    }

    public <T> T as(String username, Supplier<T> call) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolderStrategy contexts = context.getBean(SecurityContextHolderStrategy.class);
        var securityContext = contexts.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        contexts.setContext(securityContext);
        try {
            return call.get();
        } finally {
            contexts.clearContext();
        }
    }
}
