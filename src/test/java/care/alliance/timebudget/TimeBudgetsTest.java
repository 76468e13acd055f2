package care.alliance.timebudget;

import static care.alliance.shared.db.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.StatementCounter;

/** Budgets on MariaDB: week boundaries in the service's zone, defaults and capacity history, the team view. */
@AllianceTest
class TimeBudgetsTest {

    static final String MANAGER = "t.mgr.budget";
    static final String MANAGER_ELSEWHERE = "t.mgr.budget.s";
    static final String NAV = "t.nav.budget";
    static final AtomicInteger PWPS = new AtomicInteger();
    static long service;

    @Autowired
    TimeBudgets budgets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StatementCounter statements;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        LedgerData data = new LedgerData(jdbc);
        service = data.service("t-budget");
        data.staff(MANAGER, "MANAGER", service);
        data.staff(NAV, "NAVIGATOR", service);
        data.staff(MANAGER_ELSEWHERE, "MANAGER", data.service("t-budget-south"));
    }

    @Test
    @DisplayName("H07 March 2026: Sunday 23:30 BST counts in the 167-hour week, Monday 00:30 BST in the next")
    void H07_springForwardWeek() {
        String pwp = pwp();
        long patient = patientOf(pwp);
        LedgerData data = new LedgerData(jdbc);
        data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-03-29T22:30:00Z"), 30, "BOOKED");
        data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-03-29T23:30:00Z"), 40, "BOOKED");
        manual(pwp, LocalDate.of(2026, 3, 29), 60);
        manual(pwp, LocalDate.of(2026, 3, 30), 90);

        List<BudgetWeek> weeks = as(pwp, () -> budgets.myWeeks(LocalDate.of(2026, 3, 25)));

        assertThat(weeks).extracting(BudgetWeek::monday).containsExactly(LocalDate.of(2026, 3, 23),
                LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 6));
        assertThat(weeks).extracting(BudgetWeek::hours).containsExactly(167L, 168L, 168L);
        assertThat(weeks.get(0).minutes(TimeKind.FACE_TO_FACE)).isEqualTo(30);
        assertThat(weeks.get(0).minutes(TimeKind.ADMIN)).isEqualTo(60);
        assertThat(weeks.get(0).contacts()).isOne();
        assertThat(weeks.get(1).minutes(TimeKind.FACE_TO_FACE)).isEqualTo(40);
        assertThat(weeks.get(1).minutes(TimeKind.ADMIN)).isEqualTo(90);
        assertThat(weeks.get(1).loadMinutes()).isEqualTo(40 + 5 + 90);
        assertThat(weeks.get(2).loadMinutes()).isZero();
    }

    @Test
    @DisplayName("H07 October 2026: Sunday 23:30 GMT counts in the 169-hour week, Monday 00:30 GMT in the next")
    void H07_fallBackWeek() {
        String pwp = pwp();
        long patient = patientOf(pwp);
        LedgerData data = new LedgerData(jdbc);
        data.appointment(patient, "ONLINE_REVIEW", Instant.parse("2026-10-18T23:30:00Z"), 30, "BOOKED"); // Mon 00:30 BST
        data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-10-25T23:30:00Z"), 30, "BOOKED");
        data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-10-26T00:30:00Z"), 50, "BOOKED");
        manual(pwp, LocalDate.of(2026, 10, 25), 20);
        manual(pwp, LocalDate.of(2026, 10, 26), 25);

        List<BudgetWeek> weeks = as(pwp, () -> budgets.myWeeks(LocalDate.of(2026, 10, 25)));

        assertThat(weeks.get(0).monday()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(weeks.get(0).hours()).isEqualTo(169);
        assertThat(weeks.get(0).minutes(TimeKind.ONLINE_REVIEW)).isEqualTo(15);
        assertThat(weeks.get(0).minutes(TimeKind.FACE_TO_FACE)).isEqualTo(30);
        assertThat(weeks.get(0).minutes(TimeKind.ADMIN)).isEqualTo(20);
        assertThat(weeks.get(0).minutes(TimeKind.DIGEST_REVIEW)).isEqualTo(10);
        assertThat(weeks.get(0).contacts()).isOne();
        assertThat(weeks.get(1).minutes(TimeKind.FACE_TO_FACE)).isEqualTo(50);
        assertThat(weeks.get(1).minutes(TimeKind.ADMIN)).isEqualTo(25);
    }

    @Test
    void aServiceWithoutSettingsUsesTheDefaultsAndAManagerChangesThem() {
        String pwp = pwp();
        assertThat(as(pwp, () -> budgets.myWeeks(LocalDate.of(2026, 11, 2))).getFirst().capacity())
                .isEqualTo(BudgetSettings.DEFAULTS.defaultCapacity());
        assertThat(as(MANAGER_ELSEWHERE, budgets::settings)).isEqualTo(BudgetSettings.DEFAULTS);
        assertThat(BudgetSettings.DEFAULTS.defaultCapacity().contactTarget()).isEqualTo(20);

        BudgetSettings changed = new BudgetSettings(20, 10, new Capacity(1200, 18, 30));
        as(MANAGER, () -> {
            budgets.updateSettings(changed);
            return null;
        });

        assertThat(as(pwp, budgets::settings)).isEqualTo(changed);
        assertThat(as(pwp, () -> budgets.myWeeks(LocalDate.of(2026, 11, 2))).getFirst().capacity())
                .isEqualTo(changed.defaultCapacity());
        as(MANAGER, () -> {
            budgets.updateSettings(BudgetSettings.DEFAULTS);
            return null;
        });
    }

    @Test
    void aCapacityHoldsFromItsMondayAndTheWeeksBeforeKeepTheirsAndOverBudgetIsFlagged() {
        String pwp = pwp();
        long id = idOf(pwp);
        long patient = patientOf(pwp);
        for (int i = 0; i < 3; i++) {
            new LedgerData(jdbc).appointment(patient, "FACE_TO_FACE", Instant.parse("2026-11-10T10:00:00Z")
                    .plusSeconds(3600L * i), 30, "BOOKED");
        }
        as(MANAGER, () -> {
            budgets.setCapacity(id, LocalDate.of(2026, 11, 9), new Capacity(60, 4, 10));
            return null;
        });

        List<BudgetWeek> weeks = as(MANAGER, () -> budgets.weeksOf(id, LocalDate.of(2026, 11, 2)));

        assertThat(weeks.get(0).capacity()).isEqualTo(BudgetSettings.DEFAULTS.defaultCapacity());
        assertThat(weeks.get(1).capacity()).isEqualTo(new Capacity(60, 4, 10));
        assertThat(weeks.get(1).loadMinutes()).isEqualTo(3 * 30 + 3 * 5);
        assertThat(weeks.get(1).overBudget()).isTrue();
        assertThat(weeks.get(0).overBudget()).isFalse();
        assertThatThrownBy(() -> as(MANAGER, () -> {
            budgets.setCapacity(id, LocalDate.of(2026, 11, 10), new Capacity(60, 4, 10));
            return null;
        })).hasMessage("A capacity takes effect from a Monday.");
    }

    @Test
    @DisplayName("H02 H13 another service's manager and a navigator cannot read a PWP's budget; the refusal is audited")
    void H02_onlyTheServicesManager() {
        long id = idOf(pwp());
        int denied = new LedgerData(jdbc).audited(MANAGER_ELSEWHERE, "TIME_BUDGET_READ", "DENIED");

        assertThatThrownBy(() -> as(MANAGER_ELSEWHERE, () -> budgets.weeksOf(id, LocalDate.of(2026, 11, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MANAGER_ELSEWHERE, () -> {
            budgets.setCapacity(id, LocalDate.of(2026, 11, 9), new Capacity(60, 4, 10));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV, () -> budgets.weeksOf(id, LocalDate.of(2026, 11, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV, () -> budgets.team(LocalDate.of(2026, 11, 2))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(new LedgerData(jdbc).audited(MANAGER_ELSEWHERE, "TIME_BUDGET_READ", "DENIED")).isEqualTo(denied + 1);
    }

    @Test
    void theTeamViewIsTheSameFewStatementsForTwoAndTenPwps() {
        int two = teamStatements("t-budget-team2", 2);
        int ten = teamStatements("t-budget-team10", 10);

        assertThat(ten).isEqualTo(two);
        assertThat(two).isLessThanOrEqualTo(5);
    }

    /** A service of n PWPs, each with a booked session a week and one over budget; returns the team view's statements. */
    private int teamStatements(String code, int pwps) {
        LedgerData data = new LedgerData(jdbc);
        long team = data.service(code);
        String manager = "t.mgr." + code;
        data.staff(manager, "MANAGER", team);
        for (int i = 0; i < pwps; i++) {
            long pwp = data.staff("t.pwp." + code + "." + i, "PWP", team);
            long patient = data.patient(team, pwp);
            for (int week = 0; week < 12; week++) {
                Instant tuesday = Instant.parse("2026-09-01T09:00:00Z").plusSeconds(7L * 24 * 3600 * week);
                data.appointment(patient, "FACE_TO_FACE", tuesday, 30, "BOOKED");
                if (i == 0) { // 30 + 3 x 480 minutes and four digests: over the default 1,350
                    for (int day = 1; day <= 3; day++) {
                        data.appointment(patient, "FACE_TO_FACE", tuesday.plusSeconds(24L * 3600 * day), 480, "BOOKED");
                    }
                }
            }
        }
        TeamBudget view = as(manager, () -> {
            statements.reset();
            return budgets.team(LocalDate.of(2026, 9, 1));
        });
        int count = statements.count();

        assertThat(view.mondays()).hasSize(12).startsWith(LocalDate.of(2026, 8, 31));
        assertThat(view.rows()).hasSize(pwps).allSatisfy(row -> assertThat(row.weeks()).hasSize(12));
        assertThat(view.rows()).filteredOn(row -> row.overBudgetWeeks() == 0).hasSize(pwps - 1);
        assertThat(view.rows().stream().filter(row -> row.overBudgetWeeks() == 12).count()).isOne();
        assertThat(view.rows().getLast().weeks().get(3).contacts()).isOne();
        return count;
    }

    private String pwp() {
        String username = "t.pwp.budget" + PWPS.incrementAndGet();
        new LedgerData(jdbc).staff(username, "PWP", service);
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, username);
    }

    private long patientOf(String pwp) {
        return new LedgerData(jdbc).patient(service, idOf(pwp));
    }

    private void manual(String pwp, LocalDate day, int minutes) {
        jdbc.update("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, source, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'ADMIN', 'MANUAL', ?, ?)", idOf(pwp), day, minutes,
                utc(Instant.parse("2026-11-01T09:00:00Z")), utc(Instant.parse("2026-11-01T09:00:00Z")));
    }

    private <T> T as(String user, Supplier<T> call) {
        return new SignedIn(context).as(user, call);
    }
}
