package care.alliance.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import care.alliance.security.StaffSummary;

/** The module's public services reach staff rows only through here, never through the entity. */
@Component
public class StaffAccounts {

    private final StaffUserRepository users;

    StaffAccounts(StaffUserRepository users) {
        this.users = users;
    }

    public List<StaffSummary> all() {
        return users.findAll(Sort.by("username")).stream().map(StaffUser::summary).toList();
    }

    /** Exact username, case included: the column's collation alone would match "PWP.JONES". */
    public Optional<StaffSummary> byUsername(String username) {
        return users.findByUsername(username).map(StaffUser::summary).filter(s -> s.username().equals(username));
    }

    public Optional<StaffSummary> byId(long id) {
        return users.findById(id).map(StaffUser::summary);
    }
}
