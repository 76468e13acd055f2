package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.SignedIn;
import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/** The supervision list: which episodes, in which order, for whom, and audited. */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SupervisionService supervision;
    @Autowired
    EpisodeStateProjector projector;
    @Autowired
    ApplicationContext context;
    CaseloadData data;

    @BeforeAll
    void services() {
        data = new CaseloadData(jdbc);
        long service = data.service("t-super");
        long one = data.staff("t.pwp.sup1", "Sid Super", "PWP", service);
        long two = data.staff("t.pwp.sup2", "Sue Super", "PWP", service);
        data.staff("t.mgr.sup", "Mia Super", "MANAGER", service);
        data.staff("t.nav.sup", "Ned Super", "NAVIGATOR", service);
        long elsewhere = data.service("t-super-far");
        long far = data.staff("t.pwp.supfar", "Fay Far", "PWP", elsewhere);

        episode("sup-down", "D. Down", service, one, 2, 8, 15);
        long stalled = episode("sup-stalled", "N. Stalled", service, one, 4, 15, 13);
        data.score(stalled, "GAD7", Instant.parse("2026-01-20T09:00:00Z"), 10);
        data.score(stalled, "GAD7", Instant.parse("2026-02-20T09:00:00Z"), 9);
        episode("sup-fine", "O. Fine", service, one, 4, 18, 6);
        data.discharge(episode("sup-gone", "G. Gone", service, one, 2, 8, 16), LocalDate.of(2026, 3, 1));
        episode("sup-else", "E. Elsewhere", service, two, 5, 10, 17);
        episode("sup-far", "F. Far", elsewhere, far, 3, 9, 20);
        projector.rebuildAll();
    }

    @Test
    void aPwpSeesTheirOwnDeterioratedAndStalledEpisodesDeteriorationFirst() {
        List<SupervisionRow> rows = as("t.pwp.sup1", () -> supervision.page(0, 50));

        assertThat(rows).extracting(SupervisionRow::displayName).containsExactly("D. Down", "N. Stalled");
        SupervisionRow stalled = rows.get(1);
        assertThat(stalled.status()).isEqualTo(LiveStatus.NOT_IMPROVING_BY_SESSION_4);
        assertThat(stalled.attendedSessions()).isEqualTo(4);
        assertThat(List.of(stalled.phq9First(), stalled.phq9Latest(), stalled.gad7First(), stalled.gad7Latest()))
                .containsExactly(15, 13, 10, 9);
        assertThat(stalled.stage()).isEqualTo(EpisodeStage.IN_TREATMENT);
        assertThat(stalled.pwpName()).isEqualTo("Sid Super");
        assertThat(rows.getFirst().gad7First()).isNull();
        assertThat(as("t.pwp.sup1", supervision::count)).isEqualTo(2);
    }

    @Test
    @DisplayName("H02 a manager sees every PWP's episodes in their service and none of another service")
    void H02_aManagerSeesTheWholeServiceAndNothingElse() {
        List<SupervisionRow> rows = as("t.mgr.sup", () -> supervision.page(0, 50));

        assertThat(rows).extracting(SupervisionRow::displayName).containsExactly("E. Elsewhere", "D. Down",
                "N. Stalled");
        assertThat(rows).extracting(SupervisionRow::pwpName).containsExactly("Sue Super", "Sid Super", "Sid Super");
        assertThat(as("t.mgr.sup", supervision::count)).isEqualTo(3);
        assertThat(as("t.pwp.sup2", () -> supervision.page(0, 50))).extracting(SupervisionRow::displayName)
                .containsExactly("E. Elsewhere");
        assertThat(as(Fixtures.MANAGER, () -> supervision.page(0, 50))).extracting(SupervisionRow::programmeId)
                .noneMatch(id -> id.startsWith("sup-"));
    }

    @Test
    @DisplayName("H02 navigators and administrators are refused the supervision list")
    void H02_navigatorsAndAdministratorsAreRefused() {
        for (String user : List.of("t.nav.sup", Fixtures.NAVIGATOR, Fixtures.ADMIN)) {
            assertThatThrownBy(() -> as(user, supervision::count)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> supervision.page(0, 10))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("H13 each page of the list is one audit entry")
    void H13_eachPageIsAudited() {
        long before = audits();
        as("t.mgr.sup", () -> supervision.page(0, 2));
        assertThat(audits()).isEqualTo(before + 1);
    }

    private long audits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 't.mgr.sup'"
                + " AND action = 'SUPERVISION_LIST' AND outcome = 'ALLOWED'", Long.class);
    }

    /** An episode in treatment with {@code sessions} attended sessions and a PHQ-9 pair. */
    private long episode(String programmeId, String name, long service, long pwp, int sessions, int phqFirst,
            int phqLatest) {
        long episode = data.patient(programmeId, name, service, pwp, LocalDate.of(2026, 1, 19),
                LocalDate.of(2026, 1, 26));
        for (int i = 0; i < sessions; i++) {
            data.appointment(episode, "FACE_TO_FACE", Instant.parse("2026-01-26T10:00:00Z")
                    .plus(Duration.ofDays(7L * i)), "ATTENDED");
        }
        data.score(episode, "PHQ9", Instant.parse("2026-01-20T09:00:00Z"), phqFirst);
        data.score(episode, "PHQ9", Instant.parse("2026-02-20T09:00:00Z"), phqLatest);
        return episode;
    }

    private <T> T as(String user, Supplier<T> call) {
        return new SignedIn(context).as(user, call);
    }
}
