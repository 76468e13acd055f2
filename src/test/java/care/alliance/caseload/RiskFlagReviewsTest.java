package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.programme.RiskFlag;
import care.alliance.programme.RiskFlagRecords;

@AllianceTest
@DisplayName("H01 a risk flag closes only with a clinician's recorded review")
class RiskFlagReviewsTest {

    @Autowired
    RiskFlagReviews reviews;
    @Autowired
    RiskFlagRecords records;
    @Autowired
    JdbcTemplate jdbc;
    long patient;
    long flag;

    @BeforeEach
    void openFlag() {
        patient = Fixtures.patientId(jdbc, Fixtures.PATIENT_OF_A);
        flag = jdbc.queryForObject("SELECT NEXTVAL(risk_flag_seq)", Long.class);
        jdbc.update("INSERT INTO risk_flag (id, patient_id, raised_at, reason, status) VALUES (?, ?, ?, ?, 'OPEN')",
                flag, patient, LocalDateTime.of(2026, 11, 20, 9, 0), "PHQ-9 item 9 scored 2");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theAssignedPwpReviewsTheFlagWhichClosesAndStaysInTheHistory() {
        long audits = audits(Fixtures.PWP_A, "ALLOWED");

        reviews.review(flag, " Phoned the patient; safety plan in place. ");

        RiskFlag reviewed = flag();
        assertThat(reviewed.open()).isFalse();
        assertThat(reviewed.reviewedBy()).isEqualTo("Alex Test");
        assertThat(reviewed.reviewedAt()).isNotNull();
        assertThat(reviewed.reviewNote()).isEqualTo("Phoned the patient; safety plan in place.");
        assertThat(audits(Fixtures.PWP_A, "ALLOWED")).isEqualTo(audits + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void aReviewNeedsANoteOfSensibleLength() {
        assertThatThrownBy(() -> reviews.review(flag, "  ")).hasMessageContaining("Write a review note");
        assertThatThrownBy(() -> reviews.review(flag, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reviews.review(flag, "x".repeat(2001))).hasMessageContaining("at most 2000");
        assertThat(flag().open()).isTrue();
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theFirstReviewStands() {
        reviews.review(flag, "First review");
        assertThatThrownBy(() -> reviews.review(flag, "Second review")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already been reviewed");
        assertThat(flag().reviewNote()).isEqualTo("First review");
    }

    @Test
    @WithUserDetails(value = Fixtures.NAVIGATOR, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H01_aNavigatorCannotCloseARiskFlag() {
        assertThatThrownBy(() -> reviews.review(flag, "Looks fine to me")).isInstanceOf(AccessDeniedException.class);
        assertThat(flag().open()).isTrue();
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_B, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H02_anotherPwpCannotReviewAndTheAttemptIsAudited() {
        long denied = audits(Fixtures.PWP_B, "DENIED");
        assertThatThrownBy(() -> reviews.review(flag, "Not mine")).isInstanceOf(AccessDeniedException.class);
        assertThat(flag().open()).isTrue();
        assertThat(audits(Fixtures.PWP_B, "DENIED")).isEqualTo(denied + 1);
    }

    @Test
    @WithUserDetails(value = Fixtures.MANAGER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theServiceManagerMayReview() {
        reviews.review(flag, "Reviewed in supervision");
        assertThat(flag().reviewedBy()).isEqualTo("Morgan Test");
    }

    @Test
    @WithUserDetails(value = Fixtures.PWP_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void anUnknownFlagIsRefusedLikeSomeoneElsesFlag() {
        assertThatThrownBy(() -> reviews.review(999_999_999L, "note")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("You do not have access to this patient");
    }

    private RiskFlag flag() {
        return records.forPatient(patient).stream().filter(f -> f.id() == flag).findFirst().orElseThrow();
    }

    private long audits(String username, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'RISK_FLAG_REVIEW' AND outcome = ?", Long.class, username, patient, outcome);
    }
}
