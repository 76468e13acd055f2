package care.alliance.patients.domain;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The services of care patients belong to, with the time zone their days are counted in (H07). */
@Component
public class CareServices {

    public record CareService(long id, String code, ZoneId zone) {
    }

    private static final RowMapper<CareService> ROW = (rs, i) ->
            new CareService(rs.getLong("id"), rs.getString("code"), ZoneId.of(rs.getString("time_zone")));

    private final JdbcTemplate jdbc;

    CareServices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Exact code, case included (the column's collation alone would match "NORTH" to "north"). */
    public Optional<CareService> byCode(String code) {
        return jdbc.query("SELECT id, code, time_zone FROM service WHERE code = ?", ROW, code).stream()
                .filter(s -> s.code().equals(code)).findFirst();
    }

    public CareService byId(long id) {
        return jdbc.queryForObject("SELECT id, code, time_zone FROM service WHERE id = ?", ROW, id);
    }
}
