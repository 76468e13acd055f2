package care.alliance.digest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import care.alliance.AllianceTest;
import care.alliance.caseload.CaseloadData;
import care.alliance.digest.DigestInboxRow;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.shared.ui.AccessDeniedView;

@AllianceTest
@WithUserDetails(DigestInboxViewTest.PWP)
class DigestInboxViewTest extends SpringBrowserlessTest {

    static final String PWP = "t.pwp.inbox";
    static final String OTHER_PWP = "t.pwp.inbox0";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static long morning;
    static long afternoon;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void sessions(@Autowired JdbcTemplate jdbc, @Autowired DigestBuilds builds) {
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-inboxview");
        long pwp = data.staff(PWP, "Ina Inbox", "PWP", service);
        data.staff(OTHER_PWP, "Otto Inbox", "PWP", service);
        LocalDate tomorrow = LocalDate.now(Clock.system(LONDON)).plusDays(1);
        long early = data.patient("t-inbox-1", "E. Early", service, pwp, LocalDate.of(2026, 1, 5), null);
        long late = data.patient("t-inbox-2", "L. Late", service, pwp, LocalDate.of(2026, 1, 5), null);
        morning = data.appointment(early, "FACE_TO_FACE", at(tomorrow, 10), "BOOKED");
        afternoon = data.appointment(late, "ONLINE_REVIEW", at(tomorrow, 14), "BOOKED");
        builds.build(afternoon).orElseThrow();
        data.riskFlag(early, true);
    }

    @Test
    void unreadFirstThenOpeningReadsTheDigestAndMarksItRead() {
        navigate(DigestInboxView.class);
        assertThat(text("digest-inbox-summary")).startsWith("1 unread digest · 2 sessions from today.");
        assertThat(patient(0).getText()).isEqualTo("L. Late");
        assertThat(patient(0).getChildren()).as("no open risk flag").isEmpty();
        assertThat(cell(0, "state")).isEqualTo("Unread · version 1");
        assertThat(cell(0, "session")).endsWith("14:00 · Online review");
        assertThat(patient(1).getText()).isEqualTo("E. Early");
        assertThat(patient(1).getChildren().filter(c -> c.hasClassName("risk-badge")).map(c -> ((Span) c).getText()))
                .as("H01: an open risk flag shows in words, digest or not").containsExactly("Risk flag open");
        assertThat(cell(1, "state")).isEqualTo("Not built yet");
        assertThat(cell(1, "built")).isEqualTo("From 18:00 the evening before");

        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(DigestView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Digest: L. Late");
        assertThat(text("digest-built")).startsWith("Built ").contains("(version 1)");
        assertThat(find(Paragraph.class).withId("digest-empty").all()).as("the empty state is hidden").isEmpty();

        navigate(DigestInboxView.class);
        assertThat(text("digest-inbox-summary")).startsWith("No unread digests · 2 sessions from today.");
        assertThat(patient(0).getText()).as("by start once nothing is unread").isEqualTo("E. Early");
        assertThat(cell(1, "state")).isEqualTo("Read · version 1");
    }

    @Test
    void aSessionWithoutADigestOpensToItsEmptyState() {
        navigate("digests/appointment/" + morning, Component.class);
        assertThat(getCurrentView()).isInstanceOf(DigestView.class);
        assertThat(text("digest-empty")).isEqualTo(DigestPanel.NONE);
        assertThat(text("digest-session")).startsWith("Face to face on ").contains("(appointment t-cl-");
    }

    @Test
    @WithUserDetails(OTHER_PWP)
    void anotherPwpHasAnEmptyInboxAndIsRefusedTheDigestWithAnAuditRow() {
        navigate(DigestInboxView.class);
        assertThat(text("digest-inbox-empty")).isEqualTo(DigestInboxView.EMPTY);
        long denied = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'DIGEST_READ'"
                + " AND outcome = 'DENIED'", Long.class, OTHER_PWP);
        navigate("digests/appointment/" + afternoon, Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Access denied").doesNotContain("Digest: L. Late");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'DIGEST_READ'"
                + " AND outcome = 'DENIED'", Long.class, OTHER_PWP)).isEqualTo(denied + 1);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    }

    @SuppressWarnings("unchecked")
    private Grid<DigestInboxRow> grid() {
        return find(Grid.class).withId("digest-inbox-grid").single();
    }

    private Span patient(int row) {
        return (Span) test(grid()).getCellComponent(row, "patient");
    }

    private String cell(int row, String key) {
        return test(grid()).getCellText(row, test(grid()).getColumnPosition(key));
    }

    private String text(String id) {
        return find(Paragraph.class).withId(id).single().getText();
    }
}
