package care.alliance.timebudget.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The two exports' reads (issue #7). Not a security boundary: {@code TimeExports} scopes and audits. */
@Component
public class ExportQuery {

    /** One patient and clinician's internet-enabled minutes in a period. */
    public record NationalRow(long patientId, String programmeId, String clinician, long minutes, LocalDate first,
            LocalDate last) {
    }

    /** One ledger entry with the names an export needs. */
    public record LedgerRow(LocalDate date, String pwp, String kind, Long patientId, String programmeId, int minutes,
            String source, String state, String note) {
    }

    /**
     * Kinds of internet-enabled therapy work (clinical.md section 4), and what counts: MANUAL entries and
     * AUTO entries the PWP confirmed or corrected. A PROPOSED entry is not reported: nobody has vouched for it.
     */
    static final String COUNTED = " t.kind IN ('ONLINE_REVIEW', 'MESSAGE_WRITING', 'DIGEST_REVIEW')"
            + " AND t.patient_id IS NOT NULL AND (t.source = 'MANUAL' OR t.state IN ('CONFIRMED', 'CORRECTED'))";

    private final NamedParameterJdbcTemplate jdbc;

    ExportQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per patient and PWP of the service (or of one PWP when {@code pwp} is set), dates in [from, to]. */
    public List<NationalRow> national(long service, Long pwp, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT t.patient_id, p.programme_id, u.username, SUM(t.minutes) AS minutes, MIN(t.work_date) AS first,
                       MAX(t.work_date) AS last
                  FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id JOIN patient p ON p.id = t.patient_id
                 WHERE u.service_id = :service AND t.work_date BETWEEN :from AND :to AND""" + COUNTED
                + (pwp == null ? "" : " AND t.pwp_id = :pwp") + """

                 GROUP BY t.patient_id, p.programme_id, u.username
                 ORDER BY p.programme_id, u.username""", new MapSqlParameterSource("service", service)
                        .addValue("from", from).addValue("to", to).addValue("pwp", pwp),
                (rs, i) -> new NationalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
    }

    /** Every entry of the PWP dated in [from, to], rejected ones included (their state says so). */
    public List<LedgerRow> ledger(long pwp, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT t.work_date, u.username, t.kind, t.patient_id, p.programme_id, t.minutes, t.source, t.state,
                       t.note
                  FROM time_entry t JOIN staff_user u ON u.id = t.pwp_id LEFT JOIN patient p ON p.id = t.patient_id
                 WHERE t.pwp_id = :pwp AND t.work_date BETWEEN :from AND :to
                 ORDER BY t.work_date, t.created_at, t.id""", new MapSqlParameterSource("pwp", pwp)
                        .addValue("from", from).addValue("to", to), (rs, i) -> {
                    long patient = rs.getLong(4);
                    Long patientId = rs.wasNull() ? null : patient;
                    return new LedgerRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), patientId,
                            rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9));
                });
    }
}
