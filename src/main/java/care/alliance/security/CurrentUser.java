package care.alliance.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import care.alliance.security.internal.StaffPrincipal;

/** Reads the signed-in staff member from the security context; services use it to scope every query. */
@Component
public class CurrentUser {

    /**
     * The context's own strategy bean, not the static holder: with Vaadin each application context has
     * its own holder, and the static one points at whichever context started last (tests run several).
     */
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public Optional<StaffIdentity> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.identity());
        }
        return Optional.empty();
    }

    /** The integration making the current API call, if the caller is one. */
    public Optional<ApiClient> apiClient() {
        Authentication auth = contexts.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof ApiClient client ? Optional.of(client) : Optional.empty();
    }

    /** For API methods already guarded by a scope: a caller that is not an integration is a programming error. */
    public ApiClient requireApiClient() {
        return apiClient().orElseThrow(() ->
                new org.springframework.security.access.AccessDeniedException("Only an integration may call this"));
    }

    /** For service methods already guarded by @PreAuthorize: a missing user is a programming error. */
    public StaffIdentity require() {
        return find().orElseThrow(() ->
                new org.springframework.security.access.AccessDeniedException("No signed-in staff member"));
    }
}
