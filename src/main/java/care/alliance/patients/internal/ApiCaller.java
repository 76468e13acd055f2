package care.alliance.patients.internal;

import org.springframework.stereotype.Component;

import care.alliance.security.ApiClient;
import care.alliance.security.CurrentUser;

/** The integration making the current API call, for the audit trail (H13). */
@Component
public class ApiCaller {

    /** How integrations appear in the audit table's role column. */
    public static final String AUDIT_ROLE = "INTEGRATION";

    private final CurrentUser currentUser;

    ApiCaller(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** For methods already guarded by a scope: a caller that is not an integration is a programming error. */
    public ApiClient require() {
        return currentUser.requireApiClient();
    }
}
