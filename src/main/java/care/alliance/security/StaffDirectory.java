package care.alliance.security;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.security.internal.StaffAccounts;

/** Staff accounts as the administrator sees them. */
@Service
public class StaffDirectory {

    private final StaffAccounts accounts;

    StaffDirectory(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<StaffSummary> listStaff() {
        return accounts.all();
    }
}
