package care.alliance.security;

/** The four staff roles. Spring authorities are "ROLE_" + name(). */
public enum Role {
    PWP, NAVIGATOR, MANAGER, ADMIN;

    /** Clinicians may review risk flags; a navigator never does (clinical.md §1). */
    public boolean isClinician() {
        return this == PWP || this == MANAGER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
