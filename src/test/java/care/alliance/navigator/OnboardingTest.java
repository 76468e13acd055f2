package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.StatementCounter;
import care.alliance.caseload.CaseloadData;
import care.alliance.caseload.CaseloadRow;

/** The onboarding checklist on MariaDB: tick/untick/ready rules, validation, audit, access split, the list. */
@AllianceTest
class OnboardingTest {

    static final String NAV = "t.nav.ob";
    static final String NAV_SOUTH = "t.nav.obs";
    static final String PWP = "t.pwp.ob";
    static final String MANAGER = "t.mgr.ob";
    static final AtomicInteger PATIENTS = new AtomicInteger();
    static long service;
    static long pwp;

    @Autowired
    Onboarding onboarding;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StatementCounter statements;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        service = data.service("t-onboarding");
        data.staff(NAV, "Nina Board", "NAVIGATOR", service);
        pwp = data.staff(PWP, "Pia Board", "PWP", service);
        data.staff(MANAGER, "Mo Board", "MANAGER", service);
        data.staff(NAV_SOUTH, "Ned South", "NAVIGATOR", data.service("t-onboarding-south"));
    }

    @Test
    void aNewPatientHasSevenUntickedStepsWithHintsFromTheProgrammeData() {
        long episode = episode();
        long patient = new CaseloadData(jdbc).patientOf(episode);
        CaseloadData data = new CaseloadData(jdbc);
        data.login(episode, Instant.parse("2026-01-06T10:00:00Z"), false);
        data.login(episode, Instant.parse("2026-01-07T10:00:00Z"), true);
        data.notification(episode, Instant.parse("2026-01-08T10:00:00Z"), "MOOD_REMINDER", "DELIVERED");
        data.notification(episode, Instant.parse("2026-01-08T11:00:00Z"), "MOOD_REMINDER", "OPENED");
        data.mood(episode, Instant.parse("2026-01-09T10:00:00Z"));

        OnboardingChecklist checklist = as(NAV, () -> onboarding.checklist(patient));

        assertThat(checklist.steps()).extracting(OnboardingItem::step).containsExactly(OnboardingStep.values());
        assertThat(checklist.done()).isZero();
        assertThat(checklist.ready()).isFalse();
        assertThat(seen(checklist, OnboardingStep.FIRST_LOGIN)).isEqualTo("2026-01-07T10:00:00Z");
        assertThat(seen(checklist, OnboardingStep.NOTIFICATION_TEST)).isEqualTo("2026-01-08T11:00:00Z");
        assertThat(seen(checklist, OnboardingStep.FIRST_MOOD_RATING)).isEqualTo("2026-01-09T10:00:00Z");
        assertThat(checklist.steps().get(0).seenAt()).isNull();
        assertThat(checklist.steps()).noneMatch(OnboardingItem::ticked);
        assertThat(audited(patient, "ONBOARDING_READ", "ALLOWED")).isOne();
    }

    @Test
    void tickingRecordsWhoAndWhenAndTheNoteAndIsAudited() {
        long patient = patient();
        as(NAV, () -> {
            onboarding.tick(patient, OnboardingStep.ACCOUNT_CREATED, "  ");
            onboarding.tick(patient, OnboardingStep.DIGITAL_SKILLS, "  Needs help with passwords  ");
            return null;
        });

        OnboardingChecklist checklist = as(NAV, () -> onboarding.checklist(patient));
        OnboardingItem account = checklist.steps().get(0);
        assertThat(account.ticked()).isTrue();
        assertThat(account.tickedBy()).isEqualTo("Nina Board");
        assertThat(account.note()).isNull();
        assertThat(checklist.steps().get(6).note()).isEqualTo("Needs help with passwords");
        assertThat(checklist.done()).isEqualTo(2);
        assertThat(audited(patient, "ONBOARDING_TICK", "ALLOWED")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        long patient = patient();

        assertThatThrownBy(() -> as(NAV, () -> tick(patient, OnboardingStep.DIGITAL_SKILLS, " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Note the patient's digital-skills");
        assertThatThrownBy(() -> as(NAV, () -> tick(patient, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Choose a step.");
        assertThatThrownBy(() -> as(NAV, () -> tick(patient, OnboardingStep.APP_INSTALLED,
                "x".repeat(Onboarding.MAX_NOTE + 1)))).hasMessageContaining("too long");
        assertThatThrownBy(() -> as(NAV, () -> onboarding.untick(patient, OnboardingStep.APP_INSTALLED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"App installed\" is not ticked. Nothing was changed.");

        assertThat(as(NAV, () -> onboarding.checklist(patient)).done()).isZero();
    }

    @Test
    void readyOnlyWhenAllSevenAreTickedAndTheRefusalNamesWhatIsMissing() {
        long patient = patient();
        as(NAV, () -> {
            for (OnboardingStep step : OnboardingStep.values()) {
                if (step != OnboardingStep.FIRST_MOOD_RATING && step != OnboardingStep.REMINDER_SCHEDULE) {
                    onboarding.tick(patient, step, step.needsNote() ? "None" : null);
                }
            }
            return null;
        });

        assertThatThrownBy(() -> as(NAV, () -> ready(patient))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not ready yet: tick every step first. Missing: Reminder schedule agreed, "
                        + "First mood rating received.");
        assertThat(as(NAV, () -> onboarding.checklist(patient)).ready()).isFalse();

        as(NAV, () -> tick(patient, OnboardingStep.REMINDER_SCHEDULE, null));
        as(NAV, () -> tick(patient, OnboardingStep.FIRST_MOOD_RATING, null));
        as(NAV, () -> ready(patient));

        OnboardingChecklist checklist = as(NAV, () -> onboarding.checklist(patient));
        assertThat(checklist.ready()).isTrue();
        assertThat(checklist.readyBy()).isEqualTo("Nina Board");
        assertThat(audited(patient, "ONBOARDING_READY", "ALLOWED")).isEqualTo(2);
        assertThatThrownBy(() -> as(NAV, () -> ready(patient))).hasMessageStartingWith("Already marked ready by Nina Board");
    }

    @Test
    void untickingAStepOfAReadyPatientClearsTheReadyMark() {
        long patient = readyPatient();

        boolean cleared = as(NAV, () -> onboarding.untick(patient, OnboardingStep.APP_INSTALLED));

        assertThat(cleared).isTrue();
        OnboardingChecklist checklist = as(NAV, () -> onboarding.checklist(patient));
        assertThat(checklist.ready()).isFalse();
        assertThat(checklist.done()).isEqualTo(6);
        assertThat(checklist.missing()).containsExactly(OnboardingStep.APP_INSTALLED);
        assertThat(as(NAV, () -> onboarding.untick(patient, OnboardingStep.ACCOUNT_CREATED))).isFalse();
        assertThat(audited(patient, "ONBOARDING_UNTICK", "ALLOWED")).isEqualTo(2);
    }

    @Test
    void pwpAndManagerMayReadButNotTick() {
        long patient = patient();
        as(NAV, () -> tick(patient, OnboardingStep.ACCOUNT_CREATED, null));

        assertThat(as(PWP, () -> onboarding.checklist(patient)).done()).isOne();
        assertThat(as(MANAGER, () -> onboarding.checklist(patient)).done()).isOne();
        assertThatThrownBy(() -> as(PWP, () -> tick(patient, OnboardingStep.APP_INSTALLED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> onboarding.untick(patient, OnboardingStep.ACCOUNT_CREATED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MANAGER, () -> ready(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> onboarding.pageNotReady(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(NAV, () -> onboarding.checklist(patient)).done()).isOne();
    }

    @Test
    void aNavigatorOfAnotherServiceIsRefusedAndAudited() {
        long patient = patient();

        assertThatThrownBy(() -> as(NAV_SOUTH, () -> onboarding.checklist(patient)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> tick(patient, OnboardingStep.ACCOUNT_CREATED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV_SOUTH, () -> ready(patient))).isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action LIKE 'ONBOARDING_%' AND outcome = 'DENIED'", Integer.class, NAV_SOUTH, patient))
                .isEqualTo(3);
        assertThat(as(NAV, () -> onboarding.checklist(patient)).done()).isZero();
        assertThat(as(NAV_SOUTH, () -> onboarding.pageNotReady(0, 500))).extracting(OnboardingRow::patientId)
                .doesNotContain(patient);
    }

    @Test
    void theListHoldsMyServicesOpenEpisodesNotYetReadyInOneStatementPerRead() {
        long ready = readyPatient();
        long started = patient();
        as(NAV, () -> tick(started, OnboardingStep.ACCOUNT_CREATED, null));
        long fresh = patient();
        long dischargedEpisode = episode();
        new CaseloadData(jdbc).discharge(dischargedEpisode, LocalDate.of(2026, 2, 1));

        statements.reset();
        int count = as(NAV, () -> onboarding.countNotReady());
        List<OnboardingRow> rows = as(NAV, () -> onboarding.pageNotReady(0, 500));
        List<String> sql = statements.statements().stream().filter(s -> !s.contains("audit_event")).toList();

        assertThat(rows).hasSize(count);
        List<Long> ids = rows.stream().map(OnboardingRow::patientId).toList();
        assertThat(ids).contains(started, fresh).doesNotContain(ready,
                new CaseloadData(jdbc).patientOf(dischargedEpisode));
        assertThat(ids.indexOf(fresh)).as("fewest steps first").isLessThan(ids.indexOf(started));
        assertThat(rows.get(ids.indexOf(started)).stepsDone()).isOne();
        assertThat(sql).as("%s", sql).filteredOn(s -> s.contains("onboarding")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action = "
                + "'ONBOARDING_LIST' AND patient_id IS NULL", Integer.class, NAV)).isPositive();
        assertThatThrownBy(() -> as(NAV, () -> onboarding.pageNotReady(0, 501)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCaseloadKnowsTheOnboardingStepCount() {
        assertThat(CaseloadRow.ONBOARDING_STEPS).isEqualTo(OnboardingStep.COUNT);
    }

    /** A patient marked ready by {@link #NAV}. */
    long readyPatient() {
        long patient = patient();
        as(NAV, () -> {
            for (OnboardingStep step : OnboardingStep.values()) {
                onboarding.tick(patient, step, step.needsNote() ? "None" : null);
            }
            onboarding.markReady(patient);
            return null;
        });
        return patient;
    }

    private long patient() {
        return new CaseloadData(jdbc).patientOf(episode());
    }

    private long episode() {
        int n = PATIENTS.incrementAndGet();
        return new CaseloadData(jdbc).patient("ob-" + n, "O. Board " + n, service, pwp, null, null);
    }

    private Object tick(long patient, OnboardingStep step, String note) {
        onboarding.tick(patient, step, note);
        return null;
    }

    private Object ready(long patient) {
        onboarding.markReady(patient);
        return null;
    }

    private static String seen(OnboardingChecklist checklist, OnboardingStep step) {
        return String.valueOf(checklist.steps().get(step.ordinal()).seenAt());
    }

    private int audited(long patient, String action, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = ?"
                + " AND outcome = ?", Integer.class, patient, action, outcome);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
