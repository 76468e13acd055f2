package care.alliance.caseload.internal;

import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The zone a service counts its days in (H07); a user without a service counts in London's. */
@Component
public class ServiceZones {

    static final ZoneId DEFAULT = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;

    ServiceZones(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ZoneId of(Long serviceId) {
        if (serviceId == null) {
            return DEFAULT;
        }
        return jdbc.query("SELECT time_zone FROM service WHERE id = ?", (rs, i) -> ZoneId.of(rs.getString(1)),
                serviceId).stream().findFirst().orElse(DEFAULT);
    }
}
