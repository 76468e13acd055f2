package care.alliance.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import care.alliance.security.Role;
import care.alliance.security.StaffIdentity;
import care.alliance.security.StaffSummary;

@Entity
@Table(name = "staff_user")
class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    @SequenceGenerator(name = "staff_user_seq", sequenceName = "staff_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 120)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected StaffUser() {
    }

    StaffUser(String username, String displayName, String passwordHash, Role role, Long serviceId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.serviceId = serviceId;
    }

    StaffIdentity identity() {
        return new StaffIdentity(id, username, displayName, role, serviceId);
    }

    StaffSummary summary() {
        return new StaffSummary(id, username, displayName, role, serviceId, enabled, lockedUntil);
    }

    StaffPrincipal principal(Instant now) {
        return new StaffPrincipal(identity(), passwordHash, enabled, lockedUntil, now);
    }

    void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
