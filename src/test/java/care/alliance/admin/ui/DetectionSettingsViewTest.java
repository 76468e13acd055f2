package care.alliance.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.caseload.CaseloadData;
import care.alliance.navigator.DetectionThresholds.Setting;

@AllianceTest
@WithUserDetails(Fixtures.ADMIN)
class DetectionSettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    long service;

    @BeforeEach
    void service() {
        service = new CaseloadData(jdbc).service("t-det-view");
        jdbc.update("DELETE FROM detection_settings WHERE service_id = ?", service);
    }

    @Test
    void administratorChangesAServicesThresholdAndCanRestoreTheDefaults() {
        DetectionSettingsView view = choose();
        assertThat(view.state.getText()).isEqualTo("This service uses the defaults.");
        assertThat(view.fields.get(Setting.NO_MOOD_DAYS).getValue()).isEqualTo(3);

        test(view.fields.get(Setting.NO_MOOD_DAYS)).setValue(5);
        test(view.save).click();

        assertThat(jdbc.queryForObject("SELECT no_mood_days FROM detection_settings WHERE service_id = ?", Integer.class,
                service)).isEqualTo(5);
        assertThat(view.state.getText()).isEqualTo("This service has its own thresholds.");
        test(view.restore).click();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM detection_settings WHERE service_id = ?", Integer.class,
                service)).isZero();
    }

    @Test
    void anOutOfRangeValueIsExplainedOnItsFieldAndNothingIsSaved() {
        DetectionSettingsView view = choose();
        view.fields.get(Setting.FAILED_LOGINS).setValue(1); // as typed: the tester itself refuses values below min
        test(view.save).click();

        assertThat(view.fields.get(Setting.FAILED_LOGINS).isInvalid()).isTrue();
        assertThat(view.fields.get(Setting.FAILED_LOGINS).getErrorMessage()).isEqualTo("Enter a whole number from 2 to 20.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM detection_settings WHERE service_id = ?", Integer.class,
                service)).isZero();
    }

    private DetectionSettingsView choose() {
        DetectionSettingsView view = navigate(DetectionSettingsView.class);
        view.service.setValue(view.service.getListDataView().getItems().filter(s -> s.serviceId() == service)
                .findFirst().orElseThrow());
        return view;
    }
}
