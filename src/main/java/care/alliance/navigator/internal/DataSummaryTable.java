package care.alliance.navigator.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import care.alliance.navigator.DataSummary;
import care.alliance.navigator.DataSummaryFacts;
import care.alliance.shared.db.UtcColumns;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes of published data summaries (V13). Not a security boundary: callers scope the
 * patient (H02) and audit (H13). The facts are stored as JSON with their own mapper, not the web
 * layer's, so that what the PWP reads does not change if the web's JSON settings do.
 */
@Component
public class DataSummaryTable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            SELECT d.id, d.patient_id, u.display_name, d.created_at, d.facts_json, d.words
            FROM data_summary d JOIN staff_user u ON u.id = d.author_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DataSummaryTable(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long patient, long author, Instant at, DataSummaryFacts facts, String words) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                INSERT INTO data_summary (patient_id, author_id, created_at, period_from, period_to, facts_json, words)
                VALUES (:patient, :author, :at, :from, :to, :facts, :words)""",
                new MapSqlParameterSource("patient", patient).addValue("author", author)
                        .addValue("at", UtcColumns.utc(at)).addValue("from", facts.from()).addValue("to", facts.to())
                        .addValue("facts", JSON.writeValueAsString(facts)).addValue("words", words),
                key, new String[] {"id"});
        return key.getKey().longValue();
    }

    /** Newest first; the id breaks ties between two summaries published in the same microsecond. */
    public List<DataSummary> recent(long patient, int limit) {
        return jdbc.query(SELECT + " WHERE d.patient_id = :patient ORDER BY d.created_at DESC, d.id DESC LIMIT :limit",
                new MapSqlParameterSource("patient", patient).addValue("limit", limit), DataSummaryTable::summary);
    }

    public DataSummary byId(long id) {
        return jdbc.queryForObject(SELECT + " WHERE d.id = :id", new MapSqlParameterSource("id", id),
                DataSummaryTable::summary);
    }

    /** The newest summary published at or after {@code since}, if any. */
    public Optional<DataSummary> latestSince(long patient, Instant since) {
        return jdbc.query(SELECT + " WHERE d.patient_id = :patient AND d.created_at >= :since"
                + " ORDER BY d.created_at DESC, d.id DESC LIMIT 1",
                new MapSqlParameterSource("patient", patient).addValue("since", UtcColumns.utc(since)),
                DataSummaryTable::summary).stream().findFirst();
    }

    /** The patient's service's zone: the summary's days are that zone's days (H07). */
    public ZoneId zone(long patient) {
        return ZoneId.of(jdbc.queryForObject("SELECT s.time_zone FROM patient p JOIN service s ON s.id = p.service_id"
                + " WHERE p.id = :patient", new MapSqlParameterSource("patient", patient), String.class));
    }

    private static DataSummary summary(ResultSet rs, int row) throws SQLException {
        return new DataSummary(rs.getLong(1), rs.getLong(2), rs.getString(3), UtcColumns.instant(rs, 4),
                JSON.readValue(rs.getString(5), DataSummaryFacts.class), rs.getString(6));
    }
}
