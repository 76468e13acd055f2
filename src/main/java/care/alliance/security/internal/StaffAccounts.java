package care.alliance.security.internal;

import java.util.List;

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
}
