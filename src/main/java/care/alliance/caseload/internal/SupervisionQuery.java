package care.alliance.caseload.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.caseload.SupervisionRow;
import care.alliance.caseload.SupervisionService;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/**
 * The supervision list straight from episode_state's status index: one statement for the count and
 * one per page, for one PWP or a whole service. Not a security boundary: the caller scopes (H02).
 */
@Component
public class SupervisionQuery {

    /** Whose open episodes: one PWP's, or every PWP's in one service. */
    public record Scope(boolean wholeService, long id) {
    }

    private static final String FROM = """
             FROM episode_state s JOIN episode e ON e.id = s.episode_id JOIN patient p ON p.id = e.patient_id
             JOIN staff_user u ON u.id = e.pwp_id
            WHERE s.live_status IN (:statuses) AND e.discharged_on IS NULL AND %s""";
    /** In the order of STATUSES (deterioration first), then the most sessions, then the name. */
    private static final String ORDER = " ORDER BY FIELD(s.live_status, " + SupervisionService.STATUSES.stream()
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "))
            + "), s.attended_sessions DESC, p.display_name, p.id";

    private final NamedParameterJdbcTemplate jdbc;

    SupervisionQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int count(Scope scope) {
        return jdbc.queryForObject("SELECT COUNT(*)" + from(scope), params(scope), Integer.class);
    }

    public List<SupervisionRow> page(Scope scope, int offset, int limit) {
        return jdbc.query("SELECT p.id, p.display_name, p.programme_id, u.display_name AS pwp_name, s.live_status,"
                + " s.attended_sessions, s.phq9_first, s.phq9_latest, s.gad7_first, s.gad7_latest, s.stage"
                + from(scope) + ORDER + " LIMIT :limit OFFSET :offset",
                params(scope).addValue("limit", limit).addValue("offset", offset), (rs, i) -> row(rs));
    }

    private static String from(Scope scope) {
        return FROM.formatted(scope.wholeService() ? "p.service_id = :scope" : "e.pwp_id = :scope");
    }

    private static MapSqlParameterSource params(Scope scope) {
        return new MapSqlParameterSource("scope", scope.id())
                .addValue("statuses", SupervisionService.STATUSES.stream().map(Enum::name).toList());
    }

    private static SupervisionRow row(ResultSet rs) throws SQLException {
        return new SupervisionRow(rs.getLong("id"), rs.getString("display_name"), rs.getString("programme_id"),
                rs.getString("pwp_name"), LiveStatus.valueOf(rs.getString("live_status")),
                rs.getInt("attended_sessions"), integer(rs, "phq9_first"), integer(rs, "phq9_latest"),
                integer(rs, "gad7_first"), integer(rs, "gad7_latest"), EpisodeStage.valueOf(rs.getString("stage")));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
