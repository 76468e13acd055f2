package care.alliance.security;

import java.util.Optional;

import org.springframework.stereotype.Component;

import care.alliance.security.internal.StaffAccounts;

/**
 * Staff accounts by username or id, for other modules' services (e.g. to check the PWP named by an
 * integration). Not a security boundary itself: the calling service is, and it reveals no more than
 * whether a username names a PWP of a service.
 */
@Component
public class StaffLookup {

    private final StaffAccounts accounts;

    StaffLookup(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<StaffSummary> byUsername(String username) {
        return accounts.byUsername(username);
    }

    public Optional<StaffSummary> byId(long id) {
        return accounts.byId(id);
    }
}
