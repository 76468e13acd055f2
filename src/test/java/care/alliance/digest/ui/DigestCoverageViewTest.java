package care.alliance.digest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.digest.internal.DigestBuilds;

@AllianceTest
@WithUserDetails(DigestCoverageViewTest.MANAGER)
class DigestCoverageViewTest extends SpringBrowserlessTest {

    static final String MANAGER = "t.mgr.coverage";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @BeforeAll
    static void tomorrow(@Autowired JdbcTemplate jdbc, @Autowired DigestBuilds builds) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-coverageview");
        data.staff(MANAGER, "Mia Coverage", "MANAGER", service);
        long pwp = data.staff("t.pwp.coverage", "Pat Coverage", "PWP", service);
        LocalDate tomorrow = LocalDate.now(Clock.system(LONDON)).plusDays(1);
        long built = data.appointment(data.patient("t-cov-v1", "C1. Cov", service, pwp, LocalDate.of(2026, 1, 5), null),
                "FACE_TO_FACE", tomorrow.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant(), "BOOKED");
        long failed = data.appointment(data.patient("t-cov-v2", "C2. Cov", service, pwp, LocalDate.of(2026, 1, 5), null),
                "FACE_TO_FACE", tomorrow.atTime(LocalTime.of(15, 0)).atZone(LONDON).toInstant(), "BOOKED");
        builds.build(built).orElseThrow();
        // the job records failures itself (DigestCoverageTest); here the view only has to show one
        jdbc.update("INSERT INTO digest_build_failure (appointment_id, pass, failed_at, message) VALUES (?, 'EVENING', ?, ?)",
                failed, LocalDateTime.now(ZoneOffset.UTC), "IllegalStateException: database went away");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tomorrowsShareFailuresInWordsAndTodayWithoutAppointments() {
        navigate(DigestCoverageView.class);
        assertThat(text("coverage-summary")).startsWith("1 of 2 booked appointments on ").contains("have a digest (50%)");
        assertThat(text("coverage-failed")).startsWith("1 appointment has a failed build and no digest.");
        Grid<Object> pwps = find(Grid.class).withId("coverage-grid").single();
        assertThat(test(pwps).getCellText(0, test(pwps).getColumnPosition("pwp"))).isEqualTo("Pat Coverage");
        assertThat(test(pwps).getCellText(0, test(pwps).getColumnPosition("with"))).isEqualTo("1 (50%)");
        assertThat(test(pwps).getCellText(0, test(pwps).getColumnPosition("failed"))).isEqualTo("1 failed");
        Grid<Object> failures = find(Grid.class).withId("coverage-failures").single();
        assertThat(test(failures).size()).isOne();
        assertThat(test(failures).getCellText(0, test(failures).getColumnPosition("message")))
                .isEqualTo("IllegalStateException: database went away");
        assertThat(test(failures).getCellText(0, test(failures).getColumnPosition("since"))).isEqualTo("No");

        test((RadioButtonGroup<String>) find(RadioButtonGroup.class).withId("coverage-day").single())
                .selectItem(DigestCoverageView.TODAY + " (" + java.time.format.DateTimeFormatter
                        .ofPattern("EEE d MMM yyyy", java.util.Locale.UK).format(LocalDate.now(Clock.system(LONDON)))
                        + ")");
        assertThat(text("coverage-empty")).startsWith("No booked appointments on ");
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }
}
