package care.alliance.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;

import care.alliance.AllianceTest;
import care.alliance.patients.PatientDirectory;
import care.alliance.programme.ProgrammeRecorder;

/**
 * The services guard themselves, not only the HTTP chain: without the events:write scope nothing
 * runs, and the programme refuses to write outside the ingest request's transaction.
 */
@AllianceTest
class IngestGuardsTest {

    @Autowired
    EventIngestService ingest;
    @Autowired
    PatientDirectory patients;
    @Autowired
    ProgrammeRecorder programme;

    @Test
    void withoutAnAuthenticationNothingRuns() {
        assertThatThrownBy(() -> ingest.ingest("{\"events\": []}".getBytes()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(authorities = "SCOPE_outcomes:read")
    void anotherScopeIsRefusedByEveryService() {
        assertThatThrownBy(() -> ingest.ingest("{\"events\": []}".getBytes())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.idsByProgrammeId(Set.of("t-ing-1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programme.record(List.of())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "PWP")
    void staffCannotCallTheIngestServices() {
        assertThatThrownBy(() -> patients.idsByProgrammeId(Set.of("t-ing-1"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(authorities = "SCOPE_events:write")
    void theProgrammeWritesOnlyInsideTheCallersTransaction() {
        assertThatThrownBy(() -> programme.record(List.of())).isInstanceOf(IllegalTransactionStateException.class);
    }
}
