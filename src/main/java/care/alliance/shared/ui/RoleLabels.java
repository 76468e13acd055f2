package care.alliance.shared.ui;

import care.alliance.security.Role;

/** Words people use for the roles, and where each role lands after signing in. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String label(Role role) {
        return switch (role) {
            case PWP -> "Psychological wellbeing practitioner";
            case NAVIGATOR -> "Digital navigator";
            case MANAGER -> "Service manager";
            case ADMIN -> "Administrator";
        };
    }

    /** Route paths only (strings), so the shell depends on no feature module. */
    public static String landingRoute(Role role) {
        return switch (role) {
            case PWP -> "caseload";
            case NAVIGATOR -> "navigator";
            case MANAGER -> "service";
            case ADMIN -> "admin/users";
        };
    }
}
