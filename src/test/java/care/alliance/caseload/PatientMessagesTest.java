package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
class PatientMessagesTest {

    @Autowired
    PatientMessages messages;
    @Autowired
    JdbcTemplate jdbc;
    long patientA;
    long patientB;
    long messageOfA;
    long messageOfB;

    @BeforeEach
    void unreadMessages() {
        patientA = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        patientB = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
        messageOfA = insertMessage(patientA, "pm-test-a");
        messageOfB = insertMessage(patientB, "pm-test-b");
    }

    @AfterEach
    void removeMessages() {
        jdbc.update("DELETE FROM message WHERE event_id LIKE 'pm-test-%'");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void thePatientsPwpMarksAnUnreadMessageReadAndTheActionIsAudited() {
        long audits = audits(Fixtures.PWP_A, patientA, "ALLOWED");

        assertThat(messages.markRead(patientA, messageOfA)).isTrue();

        assertThat(readAt(messageOfA)).isNotNull();
        assertThat(audits(Fixtures.PWP_A, patientA, "ALLOWED")).isEqualTo(audits + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void markingAnAlreadyReadMessageChangesNothingAndSaysSo() {
        messages.markRead(patientA, messageOfA);
        LocalDateTime first = readAt(messageOfA);

        assertThat(messages.markRead(patientA, messageOfA)).isFalse();
        assertThat(readAt(messageOfA)).isEqualTo(first);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H02_anotherPatientsMessageIdCannotBeMarkedThroughOwnPatient() {
        assertThatThrownBy(() -> messages.markRead(patientA, messageOfB)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("This message is not one of this patient's messages.");
        assertThat(readAt(messageOfB)).isNull();
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownMessageIdIsRefusedWithTheSameWords() {
        assertThatThrownBy(() -> messages.markRead(patientA, 999_999_999L))
                .hasMessage("This message is not one of this patient's messages.");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_B, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H02_anotherPwpCannotMarkAMessageOfAPatientNotTheirsAndTheAttemptIsAudited() {
        long denied = audits(Fixtures.PWP_B, patientA, "DENIED");
        assertThatThrownBy(() -> messages.markRead(patientA, messageOfA)).isInstanceOf(AccessDeniedException.class);
        assertThat(readAt(messageOfA)).isNull();
        assertThat(audits(Fixtures.PWP_B, patientA, "DENIED")).isEqualTo(denied + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aManagerReadsMessagesButNeverMarksThemRead() {
        assertThatThrownBy(() -> messages.markRead(patientA, messageOfA)).isInstanceOf(AccessDeniedException.class);
        assertThat(readAt(messageOfA)).isNull();
    }

    private long insertMessage(long patientId, String eventId) {
        jdbc.update("INSERT INTO message (event_id, patient_id, occurred_at, text) VALUES (?, ?, ?, ?)",
                eventId, patientId, LocalDateTime.of(2026, 11, 20, 19, 0), "Feeling low since Sunday.");
        return jdbc.queryForObject("SELECT id FROM message WHERE event_id = ?", Long.class, eventId);
    }

    private LocalDateTime readAt(long messageId) {
        return jdbc.queryForObject("SELECT read_at FROM message WHERE id = ?", LocalDateTime.class, messageId);
    }

    private long audits(String username, long patientId, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'MESSAGE_MARK_READ' AND outcome = ?", Long.class, username, patientId, outcome);
    }
}
