package care.alliance.patients;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import jakarta.persistence.EntityManagerFactory;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;

@AllianceTest
class CaseloadQueryTest {

    @Autowired
    PatientService patients;
    @Autowired
    EntityManagerFactory emf;

    @Test
    @WithUserDetails(value = Fixtures.PWP_C, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void wholeCaseloadComesFromOneStatementWhateverItsSize() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();

        assertThat(patients.myCaseload()).hasSize(Fixtures.PWP_C_PATIENTS);

        assertThat(stats.getPrepareStatementCount()).isEqualTo(1);
    }
}
