package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.caseload.PatientPage;
import care.alliance.caseload.PatientPageContent;
import care.alliance.caseload.PlannedModule;
import care.alliance.outcomes.Instrument;
import care.alliance.programme.RiskFlag;

/** R. Risk's page, as pwp.jones opens it in a demo: every part of the page has something to show. */
@DemoTest
class DemoPatientPageTest {

    @Autowired
    PatientPage page;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails(value = "pwp.jones", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void H01_rRisksPageShowsTheOpenFlagTheTrendsTheModulesAndTheNextSession() {
        long id = jdbc.queryForObject("SELECT id FROM patient WHERE display_name = 'R. Risk'", Long.class);

        PatientPageContent content = page.load(id);

        assertThat(content.openFlags()).singleElement().extracting(RiskFlag::reason).isEqualTo("PHQ-9 item 9 scored 2");
        assertThat(content.scores()).filteredOn(s -> s.instrument() == Instrument.PHQ9).hasSizeGreaterThanOrEqualTo(2);
        assertThat(content.outcome().phq9().change()).isPositive(); // the demo's deteriorating patient
        assertThat(content.mood().daysRated()).isBetween(14L, 27L); // rated most days, with gaps to show
        assertThat(content.modules()).filteredOn(PlannedModule::core).hasSize(4)
                .anySatisfy(m -> assertThat(m.complete()).isTrue()).anySatisfy(m -> assertThat(m.started()).isFalse());
        assertThat(content.episode().next()).isNotNull();
        assertThat(content.activity().messages()).anySatisfy(m -> assertThat(m.unread()).isTrue());
        assertThat(content.activity().diary()).isNotEmpty();
        assertThat(content.activity().logins()).isNotEmpty();
        assertThat(content.activity().notifications()).isNotEmpty();
    }
}
