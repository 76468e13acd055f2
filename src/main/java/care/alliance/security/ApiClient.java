package care.alliance.security;

import java.util.Set;

/** The integration an API call is made by (the principal of the API chain). */
public record ApiClient(long integrationId, String name, Set<ApiScope> scopes) {

    /** How the integration appears in the audit trail and in logs. */
    public String auditName() {
        return "integration:" + name;
    }
}
