package care.alliance.caseload.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.outcomes.Instrument;
import care.alliance.outcomes.Score;
import care.alliance.patients.AppointmentKind;
import care.alliance.patients.EpisodeDates;

/**
 * Reads what the outcome rules need for a set of episodes in two statements whatever the set's
 * size: the episodes (locked), with their service's zone and attended treatment sessions; then every
 * score of their patients. The episode rows are locked (FOR UPDATE; subqueries stay plain reads), so
 * two transactions recomputing one episode take turns and the second sees the first's rows, provided
 * it reads committed data (the publishers run READ COMMITTED, or create the episode themselves).
 */
@Component
public class EpisodeSnapshots {

    /** Attended sessions that count as treatment, from the one Java definition of the kinds. */
    private static final String TREATMENT_KINDS = Arrays.stream(AppointmentKind.values())
            .filter(AppointmentKind::isTreatmentSession).map(kind -> "'" + kind.name() + "'")
            .collect(Collectors.joining(", "));
    private static final String EPISODES = """
            SELECT e.id, e.patient_id, e.referred_on, e.assessed_on, e.first_treatment_on, e.second_treatment_on,
                   e.discharged_on,
                   (SELECT s.time_zone FROM patient p JOIN service s ON s.id = p.service_id
                     WHERE p.id = e.patient_id) AS time_zone,
                   (SELECT COUNT(*) FROM appointment a WHERE a.episode_id = e.id AND a.status = 'ATTENDED'
                     AND a.kind IN (%s)) AS sessions
            FROM episode e WHERE %s FOR UPDATE""";
    private static final String SCORES = "SELECT patient_id, instrument, occurred_at, total FROM questionnaire WHERE ";

    /** One episode's facts; the window its scores must fall in is {@link EpisodeDates#scoreWindowContains}. */
    public record Snapshot(long episodeId, long patientId, EpisodeDates dates, ZoneId zone, int sessions,
            List<Score> patientScores) {
    }

    private final JdbcTemplate jdbc;

    EpisodeSnapshots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Snapshot> ofEpisode(long episodeId) {
        return read("e.id = ?", "patient_id = (SELECT patient_id FROM episode WHERE id = ?)", episodeId);
    }

    /** The episodes of these patients, locked in ascending patient id (the index order): one global order. */
    public List<Snapshot> ofPatients(Collection<Long> patientIds) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        String in = " IN (" + "?, ".repeat(patientIds.size() - 1) + "?)";
        return read("e.patient_id" + in, "patient_id" + in, patientIds.toArray());
    }

    /** The episodes of patients with ids in {@code (after, upTo]}. */
    public List<Snapshot> ofPatients(long after, long upTo) {
        return read("e.patient_id > ? AND e.patient_id <= ?", "patient_id > ? AND patient_id <= ?", after, upTo);
    }

    /** The patient id that ends the next chunk of about {@code size} patients after {@code after}; null at the end. */
    public Long nextChunkEnd(long after, int size) {
        return jdbc.queryForObject("SELECT MAX(patient_id) FROM (SELECT patient_id FROM episode WHERE patient_id > ?"
                + " ORDER BY patient_id LIMIT ?) chunk", Long.class, after, size);
    }

    private List<Snapshot> read(String episodeWhere, String scoreWhere, Object... args) {
        List<Row> rows = jdbc.query(EPISODES.formatted(TREATMENT_KINDS, episodeWhere), (rs, i) -> new Row(
                rs.getLong("id"), rs.getLong("patient_id"), new EpisodeDates(date(rs, "referred_on"),
                        date(rs, "assessed_on"), date(rs, "first_treatment_on"), date(rs, "second_treatment_on"),
                        date(rs, "discharged_on")), ZoneId.of(rs.getString("time_zone")), rs.getInt("sessions")), args);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Score>> scores = new HashMap<>();
        jdbc.query(SCORES + scoreWhere, rs -> {
            scores.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Score(
                    Instrument.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getInt(4)));
        }, args);
        return rows.stream().map(r -> new Snapshot(r.id, r.patientId, r.dates, r.zone, r.sessions,
                scores.getOrDefault(r.patientId, List.of()))).toList();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private record Row(long id, long patientId, EpisodeDates dates, ZoneId zone, int sessions) {
    }
}
