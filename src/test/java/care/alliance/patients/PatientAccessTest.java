package care.alliance.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
@DisplayName("H02 patient reads are scoped in the service layer and audited")
class PatientAccessTest {

    @Autowired
    PatientService patients;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void pwpReadsOwnPatientAndTheReadIsAudited() {
        long id = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        long before = auditCount(Fixtures.PWP_A, id, "ALLOWED");

        PatientRecord record = patients.get(id);

        assertThat(record.programmeId()).isEqualTo(Fixtures.PATIENT_OF_A);
        assertThat(record.stage()).isEqualTo(EpisodeStage.ASSESSED);
        assertThat(auditCount(Fixtures.PWP_A, id, "ALLOWED")).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void pwpIsDeniedAnotherPwpsPatientAndTheAttemptIsAudited() {
        long other = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B);
        long before = auditCount(Fixtures.PWP_A, other, "DENIED");

        assertThatThrownBy(() -> patients.get(other)).isInstanceOf(AccessDeniedException.class);

        assertThat(auditCount(Fixtures.PWP_A, other, "DENIED")).isEqualTo(before + 1);
        assertThat(auditCount(Fixtures.PWP_A, other, "ALLOWED")).isZero();
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void unknownPatientLooksExactlyLikeSomeoneElsesPatient() {
        assertThatThrownBy(() -> patients.get(999_999_999L))
                .isInstanceOf(AccessDeniedException.class).hasMessage("You do not have access to this patient");
    }

    @Test
    @WithUserDetails(value = Fixtures.MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void managerReadsOwnServiceButNotAnotherService() {
        assertThat(patients.get(Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_B)).programmeId())
                .isEqualTo(Fixtures.PATIENT_OF_B);
        long elsewhere = Fixtures.patientId(jdbc, Fixtures.PATIENT_ELSEWHERE);
        assertThatThrownBy(() -> patients.get(elsewhere)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = Fixtures.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void administratorReadsNoPatientRecords() {
        long id = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        assertThatThrownBy(() -> patients.get(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallerIsDenied() {
        long id = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        assertThatThrownBy(() -> patients.get(id))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private long auditCount(String username, long patientId, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ? "
                + "AND action = 'PATIENT_READ' AND outcome = ?", Long.class, username, patientId, outcome);
    }
}
