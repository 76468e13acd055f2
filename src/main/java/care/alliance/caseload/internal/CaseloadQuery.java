package care.alliance.caseload.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.caseload.CaseloadFilter;
import care.alliance.caseload.CaseloadRow;
import care.alliance.caseload.CaseloadSort;
import care.alliance.caseload.LatestScore;
import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.AppointmentKind;
import care.alliance.patients.EpisodeStage;
import care.alliance.programme.ProgrammeModules;

/**
 * Runs {@link CaseloadSql}: count and page are one statement each, whatever the caseload's size.
 * Not a security boundary: the caller passes the signed-in PWP's own id (H02) and audits (H13).
 */
@Component
public class CaseloadQuery {

    private final NamedParameterJdbcTemplate jdbc;

    CaseloadQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int count(long pwpId, CaseloadFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource("pwp", pwpId);
        return jdbc.queryForObject(CaseloadSql.count(where(filter, params)), params, Integer.class);
    }

    public List<CaseloadRow> page(long pwpId, CaseloadFilter filter, MoodWindow window, Instant now, int offset,
            int limit, List<CaseloadSort.Order> sort) {
        MapSqlParameterSource params = new MapSqlParameterSource("pwp", pwpId).addValue("now", utc(now))
                .addValue("core", ProgrammeModules.MANDATORY).addValue("limit", limit).addValue("offset", offset);
        for (int i = 0; i < window.boundaries().size(); i++) {
            params.addValue("day" + i, utc(window.boundaries().get(i)));
        }
        String sql = CaseloadSql.page(where(filter, params), CaseloadSql.orderBy(sort), window.days());
        return jdbc.query(sql, params, (rs, i) -> row(rs));
    }

    private static String where(CaseloadFilter filter, MapSqlParameterSource params) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.live_status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.stage() != null) {
            conditions.add("c.stage = :stage");
            params.addValue("stage", filter.stage().name());
        }
        if (filter.needsAttention()) {
            conditions.add("(c.open_risk_flags > 0 OR c.live_status IN (:attention) OR c.open_issues > 0"
                    + " OR c.unread_messages > 0)");
            params.addValue("attention", CaseloadSql.ATTENTION.stream().map(Enum::name).toList());
        }
        if (filter.search() != null) {
            conditions.add("(c.display_name LIKE :name ESCAPE '!' OR c.programme_id LIKE :prefix ESCAPE '!')");
            String literal = literal(filter.search());
            params.addValue("name", "%" + literal + "%").addValue("prefix", literal + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The search text as a LIKE pattern that matches only itself: its wildcards are escaped. */
    static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static CaseloadRow row(ResultSet rs) throws SQLException {
        EpisodeStage stage = EpisodeStage.of(date(rs, "assessed_on"), date(rs, "first_treatment_on"),
                date(rs, "second_treatment_on"), date(rs, "discharged_on"));
        LocalDateTime next = rs.getObject("next_start", LocalDateTime.class);
        String kind = rs.getString("next_kind");
        String status = rs.getString("live_status");
        return new CaseloadRow(rs.getLong("patient_id"), rs.getString("display_name"), rs.getString("programme_id"),
                stage, next == null ? null : next.toInstant(ZoneOffset.UTC),
                kind == null ? null : AppointmentKind.valueOf(kind), score(rs, Instrument.PHQ9, "phq9"),
                score(rs, Instrument.GAD7, "gad7"), status == null ? null : LiveStatus.valueOf(status),
                rs.getInt("mood_days"), rs.getInt("core_done"), rs.getInt("open_issues"),
                rs.getInt("unread_messages"), rs.getInt("open_risk_flags"), rs.getInt("onboarding_done"),
                rs.getBoolean("blended_ready"));
    }

    private static LatestScore score(ResultSet rs, Instrument instrument, String prefix) throws SQLException {
        int latest = rs.getInt(prefix + "_latest");
        if (rs.wasNull()) {
            return null;
        }
        int change = rs.getInt(prefix + "_change");
        return new LatestScore(latest, instrument.severityOf(latest), rs.wasNull() ? null : change);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
