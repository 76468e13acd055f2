package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.shared.ui.AccessDeniedView;

@AllianceTest
@WithUserDetails(Fixtures.PWP_A)
class PatientViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pwpSeesOwnPatientWithNewestMoodFirstAndTheReadIsAudited() {
        long id = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        insertMood(id, "view-mood-old", LocalDateTime.of(2026, 3, 1, 20, 0), 3);
        insertMood(id, "view-mood-new", LocalDateTime.of(2026, 3, 2, 20, 0), 8);
        long audits = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'ALLOWED'", Long.class, Fixtures.PWP_A, id);

        navigate("patients/" + id, PatientView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("A. Fixture");
        @SuppressWarnings("unchecked")
        Grid<Object> moods = find(Grid.class).withId("mood-grid").single();
        assertThat(test(moods).getCellText(0, 1)).isEqualTo("8");
        assertThat(test(moods).getCellText(1, 1)).isEqualTo("3");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'ALLOWED'", Long.class, Fixtures.PWP_A, id)).isEqualTo(audits + 1);
    }

    @Test
    void H02_anotherPwpsPatientGivesAccessDeniedAndAnAuditRow() {
        long other = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
        long denied = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'DENIED'", Long.class, Fixtures.PWP_A, other);
        navigate("patients/" + other, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Access denied").doesNotContain("B. Fixture");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = 'DENIED'", Long.class, Fixtures.PWP_A, other)).isEqualTo(denied + 1);
    }

    private void insertMood(long patientId, String eventId, LocalDateTime at, int score) {
        jdbc.update("INSERT IGNORE INTO mood_rating (event_id, patient_id, occurred_at, score) VALUES (?, ?, ?, ?)",
                eventId, patientId, at, score);
    }
}
