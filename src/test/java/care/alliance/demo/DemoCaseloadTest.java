package care.alliance.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import care.alliance.caseload.CaseloadFilter;
import care.alliance.caseload.CaseloadRow;
import care.alliance.caseload.CaseloadService;
import care.alliance.caseload.SupervisionRow;
import care.alliance.caseload.SupervisionService;
import care.alliance.outcomes.LiveStatus;

/** What a presenter sees on the caseload and the supervision list of the demo service. */
@DemoTest
class DemoCaseloadTest {

    @Autowired
    CaseloadService caseload;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pwp.jones")
    @DisplayName("H01 pwp.jones's caseload opens with R. Risk and the open risk flag")
    void H01_theRiskPatientOpensTheCaseload() {
        List<CaseloadRow> page = caseload.page(CaseloadFilter.NONE, 0, 50, List.of());

        assertThat(page.getFirst().displayName()).isEqualTo("R. Risk");
        assertThat(page.getFirst().hasOpenRiskFlag()).isTrue();
        assertThat(page).extracting(CaseloadRow::displayName).contains("S. Storm", "Q. Quiet", "L. Locked");
        assertThat(page).extracting(CaseloadRow::status).contains(LiveStatus.ON_TRACK);
        assertThat(caseload.count(CaseloadFilter.NONE)).isBetween(40, 60);
    }

    @Test
    @WithUserDetails("pwp.jones")
    void pwpJonesHasEpisodesToBringToSupervision() {
        assertThat(supervision.page(0, 50)).isNotEmpty()
                .allSatisfy(row -> assertThat(row.status()).isIn(SupervisionService.STATUSES));
    }

    @Test
    @WithUserDetails("manager.lee")
    void theManagersSupervisionListCoversSeveralPwpsOfTheService() {
        List<SupervisionRow> rows = supervision.page(0, 200);

        assertThat(rows).extracting(SupervisionRow::status)
                .contains(LiveStatus.RELIABLY_DETERIORATED, LiveStatus.NOT_IMPROVING_BY_SESSION_4);
        assertThat(rows.stream().map(SupervisionRow::pwpName).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void everyDemoEpisodeHasItsStoredState() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM episode e LEFT JOIN episode_state s"
                + " ON s.episode_id = e.id WHERE s.episode_id IS NULL", Long.class)).isZero();
    }
}
