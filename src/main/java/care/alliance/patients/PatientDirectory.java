package care.alliance.patients;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the programme's patient ids (e.g. {@code mb-1042}) to Alliance's, for integrations
 * that send data about patients. One statement per call, whatever the number of ids (no N+1).
 * Only ids are handed out, no patient data, so nothing here is a patient read to audit.
 */
@Service
public class PatientDirectory {

    private final NamedParameterJdbcTemplate jdbc;

    PatientDirectory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Matching is exact: the column's collation is case- and trailing-space-insensitive, so rows
     * the database finds for a near miss ("MB-1042", "mb-1042 ") are dropped here rather than
     * attributing data to a patient the sender did not name.
     *
     * @return the ids of the programme ids that exist; unknown ones are absent from the map
     */
    @PreAuthorize("hasAuthority('SCOPE_events:write')")
    @Transactional(readOnly = true)
    public Map<String, Long> idsByProgrammeId(Collection<String> programmeIds) {
        Set<String> wanted = Set.copyOf(programmeIds);
        Map<String, Long> ids = new HashMap<>();
        if (wanted.isEmpty()) {
            return ids;
        }
        jdbc.query("SELECT programme_id, id FROM patient WHERE programme_id IN (:ids)",
                Map.of("ids", List.copyOf(wanted)), rs -> {
                    String programmeId = rs.getString(1);
                    if (wanted.contains(programmeId)) {
                        ids.put(programmeId, rs.getLong(2));
                    }
                });
        return ids;
    }

    /** Who looks after a patient now (latest episode's PWP): ids and the programme id, for routing alerts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Optional<PatientRouting> routing(long patientId) {
        return jdbc.query("""
                SELECT p.id, p.programme_id, e.pwp_id FROM patient p JOIN episode e ON e.patient_id = p.id
                WHERE p.id = :id ORDER BY e.referred_on DESC, e.id DESC LIMIT 1""", Map.of("id", patientId),
                (rs, i) -> new PatientRouting(rs.getLong(1), rs.getString(2), rs.getLong(3))).stream().findFirst();
    }

    /** Ids only: where an alert about a patient must go. */
    public record PatientRouting(long patientId, String programmeId, long pwpId) {
    }
}
