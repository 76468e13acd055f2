package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.caseload.EpisodeStateProjector;
import care.alliance.caseload.SupervisionRow;

@AllianceTest
@WithUserDetails(SupervisionViewTest.PWP)
class SupervisionViewTest extends SpringBrowserlessTest {

    static final String PWP = "t.pwp.sv";
    static final String MANAGER = "t.mgr.sv";
    static final String PWP_WITHOUT_CASES = "t.pwp.sv0";

    @BeforeAll
    static void cases(@Autowired JdbcTemplate jdbc, @Autowired EpisodeStateProjector projector) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-superview");
        long pwp = data.staff(PWP, "Stella Sv", "PWP", service);
        data.staff(MANAGER, "Manny Sv", "MANAGER", service);
        data.staff(PWP_WITHOUT_CASES, "Sam Sv", "PWP", service);
        long down = data.patient("sv-down", "D. Svdown", service, pwp, LocalDate.of(2026, 1, 19),
                LocalDate.of(2026, 1, 26));
        for (int i = 0; i < 2; i++) {
            data.appointment(down, "FACE_TO_FACE", Instant.parse("2026-01-26T10:00:00Z").plus(Duration.ofDays(7L * i)),
                    "ATTENDED");
        }
        data.score(down, "PHQ9", Instant.parse("2026-01-20T09:00:00Z"), 8);
        data.score(down, "PHQ9", Instant.parse("2026-02-20T09:00:00Z"), 15);
        long fine = data.patient("sv-fine", "O. Svfine", service, pwp, LocalDate.of(2026, 1, 19), null);
        data.score(fine, "PHQ9", Instant.parse("2026-01-20T09:00:00Z"), 18);
        data.score(fine, "PHQ9", Instant.parse("2026-02-20T09:00:00Z"), 6);
        projector.rebuildAll();
    }

    @Test
    void aPwpSeesTheirCasesInWordsWithoutAPwpColumn() {
        navigate(SupervisionView.class);

        Grid<SupervisionRow> grid = grid();
        assertThat(test(grid).size()).isOne();
        assertThat(cell(0, "patient")).isEqualTo("D. Svdown · sv-down");
        assertThat(cell(0, "status")).isEqualTo("Reliably deteriorated");
        assertThat(cell(0, "sessions")).isEqualTo("2");
        assertThat(cell(0, "phq9")).isEqualTo("8 → 15");
        assertThat(cell(0, "gad7")).isEqualTo("–");
        assertThat(cell(0, "stage")).isEqualTo("In treatment");
        assertThat(grid.getColumnByKey("pwp")).isNull();
        assertThat(find(Paragraph.class).withId("supervision-summary").single().getText()).startsWith("1 patient ");
    }

    @Test
    @WithUserDetails(MANAGER)
    void aManagerSeesWhosePatientEachCaseIsAndOpensIt() {
        navigate(SupervisionView.class);

        assertThat(cell(0, "pwp")).isEqualTo("Stella Sv");
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
    }

    @Test
    @WithUserDetails(PWP_WITHOUT_CASES)
    void nothingToSuperviseSaysSo() {
        navigate(SupervisionView.class);

        assertThat(find(Paragraph.class).withId("supervision-empty").single().getText())
                .startsWith("No open episode has reliably deteriorated");
        assertThat(find(Component.class).withId("supervision-grid").all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<SupervisionRow> grid() {
        return find(Grid.class).withId("supervision-grid").single();
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }
}
