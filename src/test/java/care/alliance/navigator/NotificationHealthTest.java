package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.StatementCounter;
import care.alliance.caseload.CaseloadData;

/**
 * Notification health on a scripted patient over 18–31 October 2026 (London), across the clock change
 * of the 25th: the fallback to the programme's SCHEDULED reports before any schedule, a schedule change
 * mid-window, duplicates, silent days, message alerts apart, and the window's edges in the zone.
 */
@AllianceTest
class NotificationHealthTest {

    static final String NAV = "t.nav.nh";
    static final String NAV_SOUTH = "t.nav.nhs";
    static final String PWP = "t.pwp.nh";
    static final String PWP_OTHER = "t.pwp.nho";
    static final LocalDate LAST = LocalDate.of(2026, 10, 31);
    static long patient;

    @Autowired
    NotificationHealth health;
    @Autowired
    ApplicationContext context;
    @Autowired
    StatementCounter statements;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void script(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-health");
        long nav = data.staff(NAV, "Noa Health", "NAVIGATOR", service);
        long pwp = data.staff(PWP, "Pru Health", "PWP", service);
        data.staff(PWP_OTHER, "Pia Health", "PWP", service);
        data.staff(NAV_SOUTH, "Ned Health", "NAVIGATOR", data.service("t-health-south"));
        patient = data.patientOf(data.patient("nh-1", "N. Health", service, pwp, null, null));

        // version 1 from midday on the 21st: mood 19:00 and activity 10:00 daily; version 2 from the 27th:
        // mood 19:00 on weekdays only (bit 0 = Monday ... bit 4 = Friday)
        long v1 = schedule(jdbc, 1, 127, nav, "2026-10-21T12:00:00Z");
        time(jdbc, v1, "MOOD_REMINDER", "19:00");
        time(jdbc, v1, "ACTIVITY_REMINDER", "10:00");
        time(jdbc, schedule(jdbc, 2, 0b11111, nav, "2026-10-27T09:00:00Z"), "MOOD_REMINDER", "19:00");

        event(jdbc, "2026-10-17T22:59:59Z", "early", "MOOD_REMINDER", "DELIVERED"); // 17th 23:59 BST: outside
        event(jdbc, "2026-10-19T09:00:00Z", "s1", "MOOD_REMINDER", "SCHEDULED");
        event(jdbc, "2026-10-19T09:00:00Z", "s2", "ACTIVITY_REMINDER", "SCHEDULED");
        event(jdbc, "2026-10-19T09:00:00Z", "s2", "ACTIVITY_REMINDER", "SCHEDULED"); // the same one reported twice
        event(jdbc, "2026-10-19T09:00:00Z", "m0", "MESSAGE_ALERT", "SCHEDULED");
        event(jdbc, "2026-10-20T18:00:00Z", "e1", "MOOD_REMINDER", "DELIVERED");
        for (int i = 0; i < 3; i++) {
            event(jdbc, "2026-10-22T18:0" + i + ":00Z", "d1", "MOOD_REMINDER", "DELIVERED");
        }
        event(jdbc, "2026-10-22T09:00:00Z", "d2", "ACTIVITY_REMINDER", "DELIVERED");
        event(jdbc, "2026-10-22T18:30:00Z", "d1", "MOOD_REMINDER", "OPENED");
        event(jdbc, "2026-10-24T23:30:00Z", "b1", "ACTIVITY_REMINDER", "DELIVERED"); // 25th 00:30 BST
        event(jdbc, "2026-10-25T23:30:00Z", "b2", "MOOD_REMINDER", "DELIVERED"); // 25th 23:30 GMT
        event(jdbc, "2026-10-26T00:30:00Z", "c1", "MOOD_REMINDER", "DELIVERED");
        event(jdbc, "2026-10-26T00:30:00Z", "a1", "MESSAGE_ALERT", "DELIVERED");
        event(jdbc, "2026-10-31T23:59:00Z", "z1", "MOOD_REMINDER", "DELIVERED"); // 31st 23:59 GMT: inside
        event(jdbc, "2026-11-01T00:00:00Z", "late", "MOOD_REMINDER", "DELIVERED"); // 1 November: outside
    }

    @Test
    @DisplayName("H07_ expected, delivered, duplicates, opened and silent days per London day across the clock change")
    void H07_theScriptedFortnight() {
        NotificationHealthReport report = as(NAV, () -> health.through(patient, LAST));

        List<NotificationHealthDay> days = report.days();
        assertThat(days).hasSize(14);
        assertThat(days.getFirst().date()).isEqualTo(LocalDate.of(2026, 10, 18));
        assertThat(days).extracting(NotificationHealthDay::expected)
                .containsExactly(0, 2, 0, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0);
        assertThat(days).extracting(NotificationHealthDay::expectedFromProgramme)
                .containsExactly(true, true, true, false, false, false, false, false, false, false, false, false,
                        false, false);
        assertThat(days).extracting(NotificationHealthDay::delivered)
                .containsExactly(0, 0, 1, 0, 2, 0, 0, 2, 1, 0, 0, 0, 0, 1);
        NotificationHealthDay duplicated = day(report, 22);
        assertThat(duplicated.deliveries()).isEqualTo(4);
        assertThat(duplicated.duplicates()).isEqualTo(2);
        assertThat(duplicated.opened()).isOne();
        assertThat(day(report, 26).alerts()).as("message alerts apart").isOne();
        assertThat(day(report, 26).delivered()).isOne();
        assertThat(report.silentDays()).extracting(d -> d.date().getDayOfMonth()).containsExactly(19, 21, 23, 24, 27, 28,
                29, 30);
        assertThat(day(report, 20).silent()).as("nothing was expected").isFalse();
        assertThat(report.expected()).isEqualTo(18);
        assertThat(report.delivered()).isEqualTo(7);
        assertThat(report.deliveries()).isEqualTo(9);
        assertThat(report.duplicates()).isEqualTo(2);
        assertThat(report.opened()).isOne();
        assertThat(report.anyExpectedFromProgramme()).isTrue();
    }

    @Test
    void twoStatementsBesidesTheScopeCheckAndAudit() {
        as(NAV, () -> {
            statements.reset(); // after the test's own sign-in lookup
            return health.through(patient, LAST);
        });
        List<String> sql = statements.statements().stream().filter(s -> s.contains("reminder_schedule")
                || s.contains("notification_event")).toList();
        assertThat(sql).as("%s", statements.statements()).hasSize(2);
        assertThat(statements.count()).as("%s", statements.statements()).isLessThanOrEqualTo(5);
    }

    @Test
    void readByThePatientsPwpRefusedAndAuditedForOthers() {
        assertThat(as(PWP, () -> health.lastDays(patient)).days()).hasSize(14);
        assertThatThrownBy(() -> as(PWP_OTHER, () -> health.lastDays(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> health.lastDays(patient))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action ="
                + " 'NOTIFICATION_HEALTH_READ' AND outcome = 'DENIED'", Integer.class, patient)).isEqualTo(2);
    }

    private static NotificationHealthDay day(NotificationHealthReport report, int dayOfMonth) {
        return report.days().stream().filter(d -> d.date().getDayOfMonth() == dayOfMonth).findFirst().orElseThrow();
    }

    /** The demo's way in too: rows straight into V12's tables. */
    static long schedule(JdbcTemplate jdbc, int version, int daysMask, long by, String at) {
        jdbc.update("INSERT INTO reminder_schedule (patient_id, version, days_mask, paused, changed_by, changed_at,"
                + " reason) VALUES (?, ?, ?, FALSE, ?, ?, 'Scripted')", patient, version, daysMask, by, utc(at));
        return jdbc.queryForObject("SELECT id FROM reminder_schedule WHERE patient_id = ? AND version = ?", Long.class,
                patient, version);
    }

    static void time(JdbcTemplate jdbc, long schedule, String kind, String at) {
        jdbc.update("INSERT INTO reminder_time (schedule_id, kind, at_time) VALUES (?, ?, ?)", schedule, kind, at);
    }

    static void event(JdbcTemplate jdbc, String at, String notification, String kind, String status) {
        jdbc.update("INSERT INTO notification_event (event_id, patient_id, occurred_at, notification_id, kind, status)"
                + " VALUES (UUID(), ?, ?, ?, ?, ?)", patient, utc(at), "nh-" + notification, kind, status);
    }

    private static LocalDateTime utc(String at) {
        return LocalDateTime.ofInstant(Instant.parse(at), ZoneOffset.UTC);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
