package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.shared.Registration;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.ingest.EventsApi;
import care.alliance.shared.ui.UserNotifications;

@AllianceTest
@DisplayName("H01 a risk flag arriving through the API alerts the patient's PWP at once, and nobody else")
class RiskAlertsTest {

    @Autowired
    UserNotifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Test
    void item9AboveZeroAlertsTheAssignedPwpOnly() throws Exception {
        long pwpA = staffId(Fixtures.PWP_A);
        long pwpB = staffId(Fixtures.PWP_B);
        List<String> toA = new CopyOnWriteArrayList<>();
        List<String> toB = new CopyOnWriteArrayList<>();
        Registration a = notifications.register(pwpA, toA::add);
        Registration b = notifications.register(pwpB, toB::add);
        try {
            post(phq9("alert-" + System.nanoTime(), "[1,1,1,1,1,1,1,1,2]"));
            assertThat(toA).singleElement().asString().contains(Fixtures.PATIENT_OF_A).contains("item 9");
            assertThat(toB).isEmpty();

            post(phq9("no-alert-" + System.nanoTime(), "[1,1,1,1,1,1,1,1,0]"));
            assertThat(toA).as("item 9 = 0 raises nothing").hasSize(1);
        } finally {
            a.remove();
            b.remove();
        }
    }

    @Test
    void aClosedTabGetsNothing() {
        List<String> received = new CopyOnWriteArrayList<>();
        Registration tab = notifications.register(4242L, received::add);
        tab.remove();
        assertThat(notifications.notifyStaff(4242L, "hello")).isZero();
        assertThat(received).isEmpty();
    }

    private String phq9(String id, String items) {
        return "{\"events\":[{\"id\":\"" + id + "\",\"patient\":\"" + Fixtures.PATIENT_OF_A
                + "\",\"type\":\"QUESTIONNAIRE\",\"occurredAt\":\"2026-03-02T09:15:00Z\",\"instrument\":\"PHQ9\",\"items\":"
                + items + "}]}";
    }

    private void post(String body) {
        HttpResponse<String> response = new EventsApi(port).post(body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("ACCEPTED");
    }

    private long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, username);
    }
}
