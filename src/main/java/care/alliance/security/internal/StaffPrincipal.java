package care.alliance.security.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import care.alliance.security.StaffIdentity;

/** The authenticated principal: carries the identity so services need no extra lookup per call. */
public final class StaffPrincipal implements UserDetails, Serializable {

    private final StaffIdentity identity;
    private final String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final Instant now;

    StaffPrincipal(StaffIdentity identity, String passwordHash, boolean enabled, Instant lockedUntil, Instant now) {
        this.identity = identity;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.now = now;
    }

    public StaffIdentity identity() {
        return identity;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(identity.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return identity.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(now);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
