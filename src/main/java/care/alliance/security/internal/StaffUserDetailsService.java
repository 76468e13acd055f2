package care.alliance.security.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffUserRepository users;
    private final Clock clock;

    StaffUserDetailsService(StaffUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> user.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
