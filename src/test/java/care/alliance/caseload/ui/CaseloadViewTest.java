package care.alliance.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.caseload.CaseloadRow;
import care.alliance.caseload.EpisodeStateProjector;

@AllianceTest
@WithUserDetails(CaseloadViewTest.PWP)
class CaseloadViewTest extends SpringBrowserlessTest {

    static final String PWP = "t.pwp.view";
    static final String PWP_WITHOUT_PATIENTS = "t.pwp.view0";

    /** Before the users are signed in (@WithUserDetails runs before each test method, after this). */
    @BeforeAll
    static void caseload(@Autowired JdbcTemplate jdbc, @Autowired EpisodeStateProjector projector) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-view");
        long pwp = data.staff(PWP, "Vic View", "PWP", service);
        data.staff(PWP_WITHOUT_PATIENTS, "Val View", "PWP", service);
        data.riskFlag(data.patient("view-rae", "R. Viewrisk", service, pwp, LocalDate.of(2026, 1, 19), null), true);
        long dee = data.patient("view-dee", "D. Viewdee", service, pwp, LocalDate.of(2026, 1, 19),
                LocalDate.of(2026, 1, 26));
        data.appointment(dee, "FACE_TO_FACE", Instant.parse("2027-02-03T10:30:00Z"), "BOOKED");
        data.score(dee, "PHQ9", Instant.parse("2026-01-20T09:00:00Z"), 9);
        data.score(dee, "PHQ9", Instant.parse("2026-02-20T09:00:00Z"), 16);
        data.onboarding(dee, 7, true);
        data.onboarding(data.patient("view-wait", "W. Viewwait", service, pwp, null, null), 4, false);
        projector.rebuildAll();
    }

    @Test
    @DisplayName("H01 the caseload opens risk first, with the open flag as a badge in words")
    void H01_listsRiskFirstWithABadgeAndEveryFigureInWords() {
        navigate(CaseloadView.class);

        assertThat(test(grid()).size()).isEqualTo(3);
        assertThat(patientCell(0)).isEqualTo("R. Viewrisk view-rae Risk flag open");
        assertThat(patientCell(1)).isEqualTo("D. Viewdee view-dee");
        assertThat(cell(1, "phq9")).isEqualTo("16 moderately severe · +7 since first");
        assertThat(cell(1, "gad7")).isEqualTo("No score yet");
        assertThat(cell(1, "status")).isEqualTo("Reliably deteriorated");
        assertThat(cell(1, "next")).isEqualTo("Wed 3 Feb 2027, 10:30 · Face to face");
        assertThat(cell(1, "stage")).isEqualTo("In treatment");
        assertThat(cell(1, "mood")).isEqualTo("0/7 days");
        assertThat(cell(1, "modules")).isEqualTo("0/4 core");
        assertThat(cell(2, "status")).isEqualTo("Not enough scores yet");
        assertThat(cell(0, "blended")).isEqualTo("Onboarding 0/7");
        assertThat(cell(1, "blended")).isEqualTo("Ready");
        assertThat(cell(2, "blended")).isEqualTo("Onboarding 4/7");
        assertThat(text("caseload-count")).isEqualTo("3 patients");
        assertThat(visible("caseload-empty")).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersNarrowTheGridAndSayWhenNobodyMatches() {
        navigate(CaseloadView.class);

        test((Select<Object>) find(Select.class).withId("caseload-status-filter").single())
                .selectItem("Reliably deteriorated");
        assertThat(names()).containsExactly("D. Viewdee");
        find(Select.class).withId("caseload-status-filter").single().clear(); // back to "Any status"
        test((Select<Object>) find(Select.class).withId("caseload-stage-filter").single())
                .selectItem("Waiting for assessment");
        assertThat(names()).containsExactly("W. Viewwait");
        find(Select.class).withId("caseload-stage-filter").single().clear();
        test(find(Checkbox.class).withId("caseload-attention").single()).click();
        assertThat(names()).containsExactly("R. Viewrisk", "D. Viewdee");
        assertThat(text("caseload-count")).isEqualTo("2 patients");

        test(find(TextField.class).withId("caseload-search").single()).setValue("nobody like this");
        assertThat(visible("caseload-grid")).isFalse();
        assertThat(visible("caseload-no-match")).isTrue();
        assertThat(find(Paragraph.class).withId("caseload-no-match").single().getText())
                .isEqualTo("No patients match these filters.");
        assertThat(visible("caseload-empty")).isFalse();
        assertThat(text("caseload-count")).isEqualTo("0 patients");
    }

    @Test
    @WithUserDetails(PWP_WITHOUT_PATIENTS)
    void aPwpWithoutPatientsIsToldSoInsteadOfSeeingAnEmptyGrid() {
        navigate(CaseloadView.class);

        assertThat(visible("caseload-empty")).isTrue();
        assertThat(visible("caseload-no-match")).isFalse();
        assertThat(visible("caseload-grid")).isFalse();
        assertThat(visible("caseload-search")).isFalse();
    }

    @Test
    void clickingARowOpensThePatient() {
        navigate(CaseloadView.class);
        test(grid()).clickRow(1);

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
    }

    @Test
    void enterOnAFocusedRowOpensThePatient() {
        navigate(CaseloadView.class);
        Grid<CaseloadRow> grid = grid();
        CaseloadRow dee = test(grid).getRow(1);

        ComponentUtil.fireEvent(grid, new CellFocusEvent<>(grid, true,
                grid.getDataCommunicator().getKeyMapper().key(dee), null, "body"));
        ComponentUtil.fireEvent(grid, new KeyDownEvent(grid, "Enter"));

        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<CaseloadRow> grid() {
        return find(Grid.class).withId("caseload-grid").single();
    }

    private java.util.List<String> names() {
        Grid<CaseloadRow> grid = grid();
        return java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).displayName())
                .toList();
    }

    private String patientCell(int row) {
        return test(grid()).getCellComponent(row, "patient").getElement().getTextRecursively().replaceAll("\\s+", " ")
                .strip();
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    /** find() sees visible components only. */
    private boolean visible(String id) {
        return !find(Component.class).withId(id).all().isEmpty();
    }
}
