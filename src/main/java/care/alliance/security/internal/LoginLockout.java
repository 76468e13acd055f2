package care.alliance.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 10 failed sign-ins within an hour. Failures are stored
 * (not counted in memory) so the rule holds across restarts and across app nodes.
 */
@Component
class LoginLockout {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final Log log = LogFactory.getLog(LoginLockout.class);

    private final JdbcTemplate jdbc;
    private final StaffUserRepository users;
    private final Clock clock;

    LoginLockout(JdbcTemplate jdbc, StaffUserRepository users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (username.length() > 60) {
            return; // cannot be one of ours; keep the table free of junk
        }
        Instant now = clock.instant();
        jdbc.update("INSERT INTO login_failure (username, occurred_at) VALUES (?, ?)", username, Timestamp.from(now));
        Integer failures = jdbc.queryForObject(
                "SELECT COUNT(*) FROM login_failure WHERE username = ? AND occurred_at > ?",
                Integer.class, username, Timestamp.from(now.minus(WINDOW)));
        if (failures != null && failures >= MAX_FAILURES) {
            users.findByUsername(username).ifPresent(user -> {
                user.lockUntil(now.plus(LOCK));
                log.warn("Account locked for " + LOCK.toMinutes() + " minutes after " + failures
                        + " failed sign-ins within an hour: " + username);
            });
        }
    }
}
