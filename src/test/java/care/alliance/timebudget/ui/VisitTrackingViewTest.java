package care.alliance.timebudget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.caseload.ui.PatientView;

/**
 * The patient page reports the PWP's visit when it is left: the service is called (its audit row shows
 * it) and a glance stores nothing. A manager's visit is not measured.
 */
@AllianceTest
class VisitTrackingViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(Fixtures.PWP_A)
    void leavingThePatientPageReportsTheVisitAndAGlanceStoresNothing() {
        long patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        int before = visits(Fixtures.PWP_A, patient);

        PatientView page = navigate("patients/" + patient, PatientView.class);
        page.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(page.getElement(), "keydown", JacksonUtils.createObjectNode()));
        navigate("caseload", Component.class);

        assertThat(visits(Fixtures.PWP_A, patient)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM time_entry WHERE patient_id = ?", Integer.class, patient))
                .isZero();
    }

    @Test
    @WithUserDetails(Fixtures.PWP_A)
    void aPageDetachedWithNobodySignedInOnTheThreadStillRecordsItsPwpsVisit() {
        long patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        int before = visits(Fixtures.PWP_A, patient);
        PatientView page = navigate("patients/" + patient, PatientView.class);
        page.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(page.getElement(), "keydown", JacksonUtils.createObjectNode()));

        // as when an expired session's UI is cleaned up: no authentication on the thread
        SecurityContextHolder.clearContext();
        page.getElement().removeFromParent();
        assertThat(page.isAttached()).isFalse();

        assertThat(visits(Fixtures.PWP_A, patient)).isEqualTo(before + 1);
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("borrowed for the call only").isNull();
    }

    @Test
    @WithUserDetails(Fixtures.MANAGER)
    void aManagersVisitIsNotMeasured() {
        long patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        int before = visits(Fixtures.MANAGER, patient);

        navigate("patients/" + patient, PatientView.class);
        navigate("caseload", Component.class);

        assertThat(visits(Fixtures.MANAGER, patient)).isEqualTo(before);
    }

    private int visits(String username, long patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'TIME_VISIT_RECORD'", Integer.class, username, patient);
    }
}
