package care.alliance.patients.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import care.alliance.security.ApiClient;

/** The integration making the current API call, for the audit trail (H13). */
public final class ApiCaller {

    /** How integrations appear in the audit table's role column. */
    public static final String AUDIT_ROLE = "INTEGRATION";

    private ApiCaller() {
    }

    /** For methods already guarded by a scope: a caller that is not an integration is a programming error. */
    public static ApiClient require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ApiClient client) {
            return client;
        }
        throw new AccessDeniedException("Only an integration may call this");
    }
}
