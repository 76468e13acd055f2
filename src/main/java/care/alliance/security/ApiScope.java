package care.alliance.security;

import java.util.Arrays;
import java.util.Optional;

/** The scopes of api.md. A token carries some of them; each endpoint needs one. */
public enum ApiScope {
    EVENTS_WRITE("events:write"),
    PATIENTS_WRITE("patients:write"),
    APPOINTMENTS_WRITE("appointments:write"),
    OUTCOMES_READ("outcomes:read"),
    /** The patient's agreed reminder schedule (GET .../plan); outcomes:read is accepted there too. */
    PLANS_READ("plans:read"),
    DIGESTS_READ("digests:read"),
    ISSUES_READ("issues:read"),
    JOBS_RUN("jobs:run");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** The Spring authority, e.g. SCOPE_events:write. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
