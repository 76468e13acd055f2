package care.alliance.security;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.security.internal.IntegrationStore;

/**
 * Integrations of other systems, as the administrator manages them. A token is returned once, at
 * creation or rotation, and only its hash is kept; revoking or rotating takes effect on the next call.
 * Every change is audited.
 */
@Service
public class IntegrationAdmin {

    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");
    private final IntegrationStore store;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    IntegrationAdmin(IntegrationStore store, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<IntegrationSummary> list() {
        return store.all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedToken create(String name, Set<ApiScope> scopes) {
        String trimmed = name == null ? "" : name.trim();
        if (!NAME.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Name: 3 to 60 lower-case letters, digits or hyphens, starting with a letter or digit.");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one scope.");
        }
        if (store.nameTaken(trimmed)) {
            throw new IllegalArgumentException("An integration named '" + trimmed + "' already exists.");
        }
        StaffIdentity admin = currentUser.require();
        IssuedToken issued = store.create(trimmed, scopes, admin.username());
        record(admin, "INTEGRATION_CREATED", trimmed + " " + scopes);
        return issued;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public IssuedToken rotate(long integrationId) {
        StaffIdentity admin = currentUser.require();
        IssuedToken issued = store.rotate(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("Only an active integration can get a new token."));
        record(admin, "INTEGRATION_ROTATED", issued.integrationName());
        return issued;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void revoke(long integrationId) {
        StaffIdentity admin = currentUser.require();
        String name = store.revoke(integrationId, admin.username())
                .orElseThrow(() -> new IllegalArgumentException("This integration is already revoked."));
        record(admin, "INTEGRATION_REVOKED", name);
    }

    private void record(StaffIdentity admin, String action, String detail) {
        audit.record(admin.username(), admin.role().name(), null, action, detail, AuditOutcome.ALLOWED);
    }
}
