package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.SignedIn;
import care.alliance.AllianceTest;
import care.alliance.StatementCounter;

/**
 * Acceptance: opening the caseload costs the same few statements for 10 patients as for 60. Counted
 * at the JDBC level (datasource-proxy), so JdbcTemplate queries count as much as JPA's.
 */
@AllianceTest
class CaseloadStatementsTest {

    static final int MAX_STATEMENTS = 10;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseloadService caseload;
    @Autowired
    EpisodeStateProjector projector;
    @Autowired
    StatementCounter statements;
    @Autowired
    ApplicationContext context;

    @Test
    void openingTheCaseload_N_plus_one_sameStatementsFor10And60Patients() {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-statements");
        caseloadOf(data, service, "t.pwp.ten", 10);
        caseloadOf(data, service, "t.pwp.sixty", 60);
        projector.rebuildAll();

        int forTen = statementsToOpen("t.pwp.ten", 10);
        List<String> tenSql = statements.statements();
        int forSixty = statementsToOpen("t.pwp.sixty", 50);

        assertThat(forSixty).as("statements for 60 patients: %s", statements.statements()).isEqualTo(forTen);
        assertThat(forTen).as("statements for 10 patients: %s", tenSql).isBetween(1, MAX_STATEMENTS);
    }

    /** What the view does on opening: the count, then the first page. */
    private int statementsToOpen(String pwp, int expectedRows) {
        return new SignedIn(context).as(pwp, () -> {
            statements.reset();
            int count = caseload.count(CaseloadFilter.NONE);
            List<CaseloadRow> page = caseload.page(CaseloadFilter.NONE, 0, 50, List.of());
            int executed = statements.count();
            assertThat(page).hasSize(expectedRows);
            assertThat(count).isEqualTo(page.size() == 50 ? 60 : 10);
            return executed;
        });
    }

    /** Every patient with what each column reads: booking, scores, mood, modules, a message, a flag. */
    private static void caseloadOf(CaseloadData data, long service, String username, int patients) {
        long pwp = data.staff(username, username, "PWP", service);
        for (int i = 0; i < patients; i++) {
            long episode = data.patient(username + "-" + i, "N. " + username + " " + i, service, pwp,
                    LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
            data.appointment(episode, "FACE_TO_FACE", Instant.now().plusSeconds(86_400L + i), "BOOKED");
            data.score(episode, "PHQ9", Instant.parse("2026-01-20T09:00:00Z"), 15);
            data.score(episode, "PHQ9", Instant.parse("2026-02-20T09:00:00Z"), 8);
            data.mood(episode, Instant.now().minusSeconds(86_400));
            data.module(episode, "PSYCHOEDUCATION", 100);
            data.message(episode, false);
            data.onboarding(episode, i % 8, i % 8 == 7);
            if (i % 7 == 0) {
                data.riskFlag(episode, true);
            }
        }
    }
}
