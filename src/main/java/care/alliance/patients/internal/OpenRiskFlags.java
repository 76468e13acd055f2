package care.alliance.patients.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a patient has a risk flag no clinician has reviewed yet (H01). Only presence is read here;
 * raising and reviewing flags belongs to the programme module.
 */
@Component
public class OpenRiskFlags {

    private final JdbcTemplate jdbc;

    OpenRiskFlags(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean any(long patientId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM risk_flag WHERE patient_id = ? AND status = 'OPEN')",
                Boolean.class, patientId));
    }
}
