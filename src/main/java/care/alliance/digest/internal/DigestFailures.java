package care.alliance.digest.internal;

import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.shared.db.UtcColumns;

/**
 * H09: records a build that threw, in a transaction of its own (the build's rolled back), so the
 * manager's coverage view shows it. Only the exception's class and message are kept: no patient data.
 */
@Component
class DigestFailures {

    static final int MESSAGE_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DigestFailures(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(long appointmentId, BuildPass pass, Throwable failure) {
        String message = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        if (message.length() > MESSAGE_LENGTH) {
            message = message.substring(0, MESSAGE_LENGTH - 3) + "...";
        }
        jdbc.update("INSERT INTO digest_build_failure (appointment_id, pass, failed_at, message) VALUES (?, ?, ?, ?)",
                appointmentId, pass.name(), UtcColumns.utc(clock.instant()), message);
    }
}
