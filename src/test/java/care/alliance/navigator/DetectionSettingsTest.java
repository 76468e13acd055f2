package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.caseload.CaseloadData;
import care.alliance.navigator.DetectionThresholds.InvalidThresholds;
import care.alliance.navigator.DetectionThresholds.Setting;

/** The administrator's per-service thresholds: validated with a message per setting, every change audited. */
@AllianceTest
class DetectionSettingsTest {

    @Autowired
    DetectionSettings settings;
    @Autowired
    JdbcTemplate jdbc;
    long service;
    private final java.time.Instant started = java.time.Instant.now();

    @BeforeEach
    void service() {
        service = new CaseloadData(jdbc).service("t-det-settings");
        jdbc.update("DELETE FROM detection_settings WHERE service_id = ?", service);
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anAdministratorSetsAServicesThresholdsAndEveryChangeIsAudited() {
        assertThat(mine().custom()).isFalse();
        assertThat(mine().thresholds()).isEqualTo(DetectionThresholds.DEFAULTS);

        settings.save(service, new DetectionThresholds(4, 7, 5, 2, 5, 2, 21));

        assertThat(mine().custom()).isTrue();
        assertThat(mine().thresholds()).isEqualTo(new DetectionThresholds(4, 7, 5, 2, 5, 2, 21));
        assertThat(audits()).containsExactly("t-det-settings: no_mood_days 3->4, failed_logins 3->5, stuck_module_days 14->21");

        settings.restoreDefaults(service);

        assertThat(mine().custom()).isFalse();
        assertThat(audits()).last().isEqualTo("t-det-settings: defaults restored (no_mood_days 4->3, failed_logins 5->3,"
                + " stuck_module_days 21->14)");
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void outOfRangeOrMissingThresholdsAreRefusedPerSettingAndNothingIsStored() {
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, setting.of(DetectionThresholds.DEFAULTS));
        }
        values.put(Setting.NO_MOOD_DAYS, 0);
        values.put(Setting.FAILED_LOGINS, 21);
        values.put(Setting.EXCESS_FACTOR, null);

        assertThatThrownBy(() -> DetectionThresholds.of(values)).isInstanceOfSatisfying(InvalidThresholds.class,
                invalid -> assertThat(invalid.problems()).containsOnly(
                        Map.entry(Setting.NO_MOOD_DAYS, "Enter a whole number from 1 to 30."),
                        Map.entry(Setting.FAILED_LOGINS, "Enter a whole number from 2 to 20."),
                        Map.entry(Setting.EXCESS_FACTOR, "Enter a whole number from 2 to 10.")));
        assertThatThrownBy(() -> settings.save(service, new DetectionThresholds(3, 7, 1, 2, 5, 2, 14)))
                .isInstanceOf(InvalidThresholds.class).hasMessage("Enter a whole number from 2 to 20.");
        assertThat(mine().custom()).isFalse();
        assertThat(audits()).isEmpty();
    }

    @Test
    @WithUserDetails(value = Fixtures.MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void onlyAnAdministratorMayChangeThresholds() {
        assertThatThrownBy(() -> settings.save(service, DetectionThresholds.DEFAULTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.list()).isInstanceOf(AccessDeniedException.class);
    }

    private ServiceDetectionSettings mine() {
        return settings.list().stream().filter(s -> s.serviceId() == service).findFirst().orElseThrow();
    }

    private java.util.List<String> audits() {
        return jdbc.queryForList("SELECT detail FROM audit_event WHERE action = 'DETECTION_THRESHOLDS' AND detail LIKE"
                + " 't-det-settings:%' AND occurred_at >= ? ORDER BY id", String.class,
                java.sql.Timestamp.from(started.minusMillis(1)));
    }
}
