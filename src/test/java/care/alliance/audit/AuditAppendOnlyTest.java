package care.alliance.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.AllianceTest;

@AllianceTest
@DisplayName("H13 audit trail is append-only, enforced by the database")
class AuditAppendOnlyTest {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsAnEntryAndTheDatabaseRefusesUpdateAndDelete() {
        audit.record("t.audit", "PWP", null, "APPEND_ONLY_PROBE", "probe", AuditOutcome.ALLOWED);
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM audit_event WHERE action = 'APPEND_ONLY_PROBE'", Long.class);
        assertThat(id).isNotNull();

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET username = 'someone.else' WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(jdbc.queryForObject("SELECT username FROM audit_event WHERE id = ?", String.class, id))
                .isEqualTo("t.audit");
    }

    @Test
    void longDetailIsTruncatedRatherThanRejected() {
        audit.record("t.audit", "PWP", null, "LONG_DETAIL_PROBE", "x".repeat(2000), AuditOutcome.ALLOWED);
        String detail = jdbc.queryForObject(
                "SELECT detail FROM audit_event WHERE action = 'LONG_DETAIL_PROBE' ORDER BY id DESC LIMIT 1", String.class);
        assertThat(detail).hasSize(500).endsWith("...");
    }
}
