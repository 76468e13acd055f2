package care.alliance.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.SignedIn;
import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.outcomes.LiveStatus;
import care.alliance.outcomes.Severity;
import care.alliance.patients.AppointmentKind;
import care.alliance.patients.EpisodeStage;

/** The PWP caseload query through its service: contents, order, every filter, search, sorting, scope, audit. */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseloadServiceTest {

    static final String PWP = "t.pwp.cl";
    static final String OTHER_PWP = "t.pwp.cl2";
    static final List<String> DEFAULT_ORDER = List.of("R. Rae", "B. Ben", "D. Dee", "A. Abe", "C. Cal", "I. Ida",
            "M. Mo", "P. 100% Sure", "S. Stu", "U. Under_score");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseloadService caseload;
    @Autowired
    EpisodeStateProjector projector;
    @Autowired
    ApplicationContext context;
    SignedIn signedIn;
    final Instant now = Instant.now();

    @BeforeAll
    void caseloads() {
        signedIn = new SignedIn(context);
        CaseloadData data = new CaseloadData(jdbc);
        long service = data.service("t-caseload");
        long pwp = data.staff(PWP, "Casey Caseload", "PWP", service);
        long other = data.staff(OTHER_PWP, "Olive Caseload", "PWP", service);
        data.staff("t.mgr.cl", "Max Caseload", "MANAGER", service);
        data.staff("t.nav.cl", "Nia Caseload", "NAVIGATOR", service);
        LocalDate assessed = LocalDate.of(2026, 1, 19);
        LocalDate treated = LocalDate.of(2026, 1, 26);

        data.riskFlag(data.patient("cl-rae", "R. Rae", service, pwp, assessed, null), true);
        long ben = data.patient("cl-ben", "B. Ben", service, pwp, assessed, treated);
        data.appointment(ben, "FACE_TO_FACE", now.plus(Duration.ofDays(1)), "BOOKED");
        data.appointment(ben, "FACE_TO_FACE", now.minus(Duration.ofDays(2)), "BOOKED"); // in the past: not "next"
        data.appointment(ben, "ONLINE_REVIEW", now.plus(Duration.ofHours(12)), "CANCELLED");
        data.score(ben, "PHQ9", Instant.parse("2026-01-10T09:00:00Z"), 18);
        data.score(ben, "PHQ9", Instant.parse("2026-02-01T09:00:00Z"), 14);
        data.score(ben, "GAD7", Instant.parse("2026-02-01T09:05:00Z"), 9);
        data.module(ben, "PSYCHOEDUCATION", 100);
        data.module(ben, "BEHAVIOURAL_ACTIVATION", 50);
        data.module(ben, "BEHAVIOURAL_ACTIVATION", 100);
        data.module(ben, "COGNITIVE_RESTRUCTURING", 75);
        data.module(ben, "PHYSICAL_EXERCISE", 100); // optional: not a core module
        data.onboarding(ben, 3, false);
        data.appointment(data.patient("cl-abe", "A. Abe", service, pwp, null, null), "ASSESSMENT",
                now.plus(Duration.ofDays(3)), "BOOKED");
        long dee = data.patient("cl-dee", "D. Dee", service, pwp, assessed, treated);
        data.appointment(dee, "ONLINE_REVIEW", now.plus(Duration.ofDays(2)), "BOOKED");
        data.score(dee, "PHQ9", Instant.parse("2026-01-10T09:00:00Z"), 9);
        data.score(dee, "PHQ9", Instant.parse("2026-02-01T09:00:00Z"), 16);
        long stu = data.patient("cl-stu", "S. Stu", service, pwp, assessed, treated);
        for (int week = 0; week < 4; week++) {
            data.appointment(stu, "FACE_TO_FACE", Instant.parse("2026-01-26T10:00:00Z").plus(Duration.ofDays(7L * week)),
                    "ATTENDED");
        }
        data.score(stu, "PHQ9", Instant.parse("2026-01-10T09:00:00Z"), 15);
        data.score(stu, "PHQ9", Instant.parse("2026-02-16T09:00:00Z"), 14);
        long ida = data.patient("cl-ida", "I. Ida", service, pwp, assessed, null);
        data.issue(ida, "LOGIN", "IN_PROGRESS");
        data.issue(ida, "CRASH", "RESOLVED");
        long mo = data.patient("cl-mo", "M. Mo", service, pwp, assessed, null);
        data.onboarding(mo, 7, true);
        data.message(mo, false);
        data.message(mo, true);
        long cal = data.patient("cl-cal", "C. Cal", service, pwp, assessed, treated);
        data.score(cal, "PHQ9", Instant.parse("2026-01-10T09:00:00Z"), 18);
        data.score(cal, "PHQ9", Instant.parse("2026-02-16T09:00:00Z"), 8);
        data.riskFlag(cal, false);
        data.patient("cl-pct", "P. 100% Sure", service, pwp, null, null);
        data.patient("cl-und", "U. Under_score", service, pwp, null, null);
        data.discharge(data.patient("cl-gone", "X. Gone", service, pwp, assessed, treated), LocalDate.of(2026, 3, 1));
        data.riskFlag(data.patient("cl-oth", "O. Other", service, other, assessed, null), true);
        projector.rebuildAll();
    }

    @Test
    @DisplayName("H01 open risk flags first, then the next appointment (none last), then the name")
    void H01_defaultOrderPutsOpenRiskFlagsFirst() {
        assertThat(names(CaseloadFilter.NONE)).containsExactlyElementsOf(DEFAULT_ORDER);
        assertThat(as(PWP, () -> caseload.count(CaseloadFilter.NONE))).isEqualTo(DEFAULT_ORDER.size());
        assertThat(row("R. Rae").openRiskFlags()).isOne();
        assertThat(row("R. Rae").hasOpenRiskFlag()).isTrue();
        assertThat(row("C. Cal").hasOpenRiskFlag()).as("a reviewed flag is not open").isFalse();
    }

    @Test
    void aRowCarriesStageNextBookingScoresStatusModulesIssuesAndMessages() {
        CaseloadRow ben = row("B. Ben");
        assertThat(ben.programmeId()).isEqualTo("cl-ben");
        assertThat(ben.stage()).isEqualTo(EpisodeStage.IN_TREATMENT);
        assertThat(ben.nextAppointmentKind()).isEqualTo(AppointmentKind.FACE_TO_FACE);
        assertThat(ben.nextAppointmentAt()).isCloseTo(now.plus(Duration.ofDays(1)), within(1, ChronoUnit.MILLIS));
        assertThat(ben.phq9()).isEqualTo(new LatestScore(14, Severity.MODERATE, -4));
        assertThat(ben.gad7()).as("one GAD-7: no change to show").isEqualTo(new LatestScore(9, Severity.MILD, null));
        assertThat(ben.status()).isEqualTo(LiveStatus.NO_RELIABLE_CHANGE);
        assertThat(ben.coreModulesDone()).isEqualTo(2);
        assertThat(row("A. Abe").phq9()).isNull();
        assertThat(row("A. Abe").status()).isEqualTo(LiveStatus.INSUFFICIENT_DATA);
        assertThat(row("I. Ida").openIssues()).isOne();
        assertThat(row("M. Mo").unreadMessages()).isOne();
        assertThat(row("S. Stu").status()).isEqualTo(LiveStatus.NOT_IMPROVING_BY_SESSION_4);
    }

    @Test
    void aRowCarriesTheNavigatorsOnboardingProgressAndTheReadyMark() {
        assertThat(row("B. Ben").onboardingDone()).isEqualTo(3);
        assertThat(row("B. Ben").blendedReady()).isFalse();
        assertThat(row("M. Mo").onboardingDone()).isEqualTo(7);
        assertThat(row("M. Mo").blendedReady()).isTrue();
        assertThat(row("A. Abe").onboardingDone()).isZero();
        assertThat(row("A. Abe").blendedReady()).isFalse();
    }

    @Test
    void filtersByStatusStageAndNeedsAttentionAloneAndTogether() {
        assertThat(names(filter(LiveStatus.RELIABLY_DETERIORATED, null, false, null))).containsExactly("D. Dee");
        assertThat(names(filter(LiveStatus.NOT_IMPROVING_BY_SESSION_4, null, false, null))).containsExactly("S. Stu");
        assertThat(names(filter(null, EpisodeStage.WAITING, false, null)))
                .containsExactly("A. Abe", "P. 100% Sure", "U. Under_score");
        assertThat(names(filter(null, null, true, null)))
                .containsExactly("R. Rae", "D. Dee", "I. Ida", "M. Mo", "S. Stu");
        CaseloadFilter both = filter(null, EpisodeStage.IN_TREATMENT, true, null);
        assertThat(names(both)).containsExactly("D. Dee", "S. Stu");
        assertThat(as(PWP, () -> caseload.count(both))).isEqualTo(2);
    }

    @Test
    void searchMatchesPartOfTheNameOrTheStartOfTheProgrammeIdAndTakesWildcardsLiterally() {
        assertThat(names(search("ben"))).containsExactly("B. Ben");
        assertThat(names(search("CL-D"))).containsExactly("D. Dee");
        assertThat(names(search("l-de"))).as("programme ids match from their start only").isEmpty();
        assertThat(names(search("%"))).containsExactly("P. 100% Sure");
        assertThat(names(search("_"))).containsExactly("U. Under_score");
        assertThat(names(search("!"))).isEmpty();
        assertThat(names(search("  "))).hasSize(DEFAULT_ORDER.size());
        assertThat(as(PWP, () -> caseload.count(search("%")))).isOne();
    }

    @Test
    void sortsByAWhitelistedColumnWithMissingValuesLastAndTheDefaultOrderBreakingTies() {
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.descending(CaseloadSort.PHQ9))).containsExactly(
                "D. Dee", "B. Ben", "S. Stu", "C. Cal", "R. Rae", "A. Abe", "I. Ida", "M. Mo", "P. 100% Sure",
                "U. Under_score");
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.ascending(CaseloadSort.PHQ9)).subList(0, 5))
                .containsExactly("C. Cal", "B. Ben", "S. Stu", "D. Dee", "R. Rae");
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.ascending(CaseloadSort.STATUS)).subList(0, 2))
                .containsExactly("D. Dee", "S. Stu");
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.descending(CaseloadSort.PATIENT)).getFirst())
                .isEqualTo("U. Under_score");
    }

    @ParameterizedTest
    @EnumSource(CaseloadSort.class)
    void everySortColumnRunsInBothDirections(CaseloadSort column) {
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.ascending(column)))
                .containsExactlyInAnyOrderElementsOf(DEFAULT_ORDER);
        assertThat(names(CaseloadFilter.NONE, CaseloadSort.Order.descending(column)))
                .containsExactlyInAnyOrderElementsOf(DEFAULT_ORDER);
    }

    @Test
    @DisplayName("H02 a PWP never sees another PWP's patients, whatever the filter")
    void H02_anotherPwpsPatientsNeverAppear() {
        assertThat(names(search("Other"))).isEmpty();
        assertThat(names(filter(null, null, true, null))).doesNotContain("O. Other");
        assertThat(as(OTHER_PWP, () -> caseload.page(CaseloadFilter.NONE, 0, 50, List.of())))
                .extracting(CaseloadRow::displayName).containsExactly("O. Other");
    }

    @Test
    void theFixturePwpSeesExactlyTheirOwnFixturePatient() {
        assertThat(as(Fixtures.PWP_A, () -> caseload.page(CaseloadFilter.NONE, 0, 50, List.of())))
                .extracting(CaseloadRow::programmeId).containsExactly(Fixtures.PATIENT_OF_A);
    }

    @Test
    @DisplayName("H02 managers and navigators are refused the PWP caseload")
    void H02_managersAndNavigatorsAreRefused() {
        for (String user : List.of("t.mgr.cl", "t.nav.cl", Fixtures.MANAGER, Fixtures.ADMIN)) {
            assertThatThrownBy(() -> as(user, () -> caseload.count(CaseloadFilter.NONE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(user, () -> caseload.page(CaseloadFilter.NONE, 0, 50, List.of())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("H13 each page read is audited as one entry; the count, which lists nobody, is not")
    void H13_eachPageReadIsOneAuditEntry() {
        long before = audits();
        as(PWP, () -> caseload.count(CaseloadFilter.NONE));
        as(PWP, () -> caseload.page(filter(null, null, true, "secret name"), 0, 25, List.of()));
        assertThat(audits()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("SELECT detail FROM audit_event WHERE username = ? AND action = 'CASELOAD_LIST'"
                + " ORDER BY id DESC LIMIT 1", String.class, PWP))
                .isEqualTo("0 patients listed from 0; filter: needs attention, search");
    }

    @Test
    void pagesAreWindowsOfTheSameOrder() {
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < DEFAULT_ORDER.size(); offset += 3) {
            int from = offset;
            as(PWP, () -> caseload.page(CaseloadFilter.NONE, from, 3, List.of())).forEach(r -> pages.add(r.displayName()));
        }
        assertThat(pages).containsExactlyElementsOf(DEFAULT_ORDER);
    }

    private long audits() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = 'CASELOAD_LIST'"
                + " AND outcome = 'ALLOWED'", Long.class, PWP);
    }

    private CaseloadRow row(String name) {
        return as(PWP, () -> caseload.page(CaseloadFilter.NONE, 0, 50, List.of())).stream()
                .filter(r -> r.displayName().equals(name)).findFirst().orElseThrow();
    }

    private List<String> names(CaseloadFilter filter, CaseloadSort.Order... sort) {
        return as(PWP, () -> caseload.page(filter, 0, 50, List.of(sort))).stream().map(CaseloadRow::displayName).toList();
    }

    private <T> T as(String user, Supplier<T> call) {
        return signedIn.as(user, call);
    }

    private static CaseloadFilter filter(LiveStatus status, EpisodeStage stage, boolean attention, String search) {
        return new CaseloadFilter(status, stage, attention, search);
    }

    private static CaseloadFilter search(String text) {
        return filter(null, null, false, text);
    }
}
