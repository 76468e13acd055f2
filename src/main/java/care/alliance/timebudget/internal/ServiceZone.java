package care.alliance.timebudget.internal;

import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The zone a service counts its days and weeks in (H07). */
@Component
public class ServiceZone {

    private final JdbcTemplate jdbc;

    ServiceZone(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ZoneId of(long serviceId) {
        return jdbc.queryForObject("SELECT time_zone FROM service WHERE id = ?", (rs, i) -> ZoneId.of(rs.getString(1)),
                serviceId);
    }
}
