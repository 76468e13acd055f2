package care.alliance.navigator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
import care.alliance.navigator.DataSummaryFacts.OpenProblem;

/** Data summaries on MariaDB: the facts' arithmetic, validation, immutable versions, the access split, audit. */
@AllianceTest
class DataSummariesTest {

    static final String NAV = "t.nav.ds";
    static final String NAV_OTHER = "t.nav.dso";
    static final String PWP = "t.pwp.ds";
    static final String PWP_OTHER = "t.pwp.dso";
    static final String MANAGER = "t.mgr.ds";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final AtomicInteger PATIENTS = new AtomicInteger();
    static long service;
    static long pwp;

    @Autowired
    DataSummaries summaries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    StatementCounter statements;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        CaseloadData data = new CaseloadData(jdbc);
        service = data.service("t-summary");
        data.staff(NAV, "Nora Summary", "NAVIGATOR", service);
        pwp = data.staff(PWP, "Pat Summary", "PWP", service);
        data.staff(PWP_OTHER, "Pip Other", "PWP", service);
        data.staff(MANAGER, "Max Summary", "MANAGER", service);
        data.staff(NAV_OTHER, "Ned Other", "NAVIGATOR", data.service("t-summary-other"));
    }

    @Test
    void theFactsCountAFortnightOfScriptedDataInTheServicesDays() {
        long episode = episode();
        long patient = new CaseloadData(jdbc).patientOf(episode);
        script(episode);

        DataSummaryFacts facts = as(NAV, () -> summaries.draft(patient)).facts();

        LocalDate today = LocalDate.now(LONDON);
        assertThat(facts.from()).isEqualTo(today.minusDays(13));
        assertThat(facts.to()).isEqualTo(today);
        assertThat(facts.days()).isEqualTo(14);
        assertThat(facts.successfulLogins()).isEqualTo(3);
        assertThat(facts.lastLogin()).isEqualTo(day(1));
        assertThat(facts.failedLogins()).isEqualTo(2);
        assertThat(facts.activeDays()).isEqualTo(9);
        assertThat(facts.moodDaysRated()).isEqualTo(2);
        assertThat(facts.modulesProgressed()).isEqualTo(2);
        assertThat(facts.activitiesPlanned()).isEqualTo(3);
        assertThat(facts.activitiesCompleted()).isEqualTo(1);
        assertThat(facts.silentDays()).isEqualTo(1);
        assertThat(facts.duplicateDeliveries()).isEqualTo(1);
        assertThat(facts.openProblems()).containsExactly(new OpenProblem("LOGIN", "OPEN"));
        assertThat(facts.sentences()).containsExactly(
                "Engagement: 3 successful logins; active in the app on 9 of 14 days; last login "
                        + care.alliance.shared.ui.DisplayTime.dateTime(day(1)) + ".",
                "Adherence: mood rated on 2 of 14 days; 2 modules progressed; 1 of 3 planned activities done.",
                "Data quality: 1 silent day (reminders scheduled, none delivered); 1 duplicate delivery; 2 failed logins.",
                "Open technical problems: Login or credentials (open).");
        assertThat(facts.oneLine()).doesNotContain("PHQ", "risk", "flag");
    }

    @Test
    void theDigestsLineNamesThePeriodInDaysLikeThePages() {
        DataSummaryFacts facts = new DataSummaryFacts(LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 24), 14, 0, 0,
                null, 0, 0, 0, 0, 0, 0, 0, List.of());
        assertThat(facts.oneLine()).startsWith("Last 14 days (Wed 11 Nov to Tue 24 Nov). Engagement: 0 successful logins;");
    }

    @Test
    void aPatientWithNoDataHasZerosAndNoLastLogin() {
        long patient = patient();

        DataSummaryFacts facts = as(NAV, () -> summaries.draft(patient)).facts();

        assertThat(facts.successfulLogins()).isZero();
        assertThat(facts.activeDays()).isZero();
        assertThat(facts.lastLogin()).isNull();
        assertThat(facts.openProblems()).isEmpty();
        assertThat(facts.sentences().getFirst()).endsWith("last login never.");
        assertThat(facts.sentences().get(1)).contains("no activities planned");
    }

    @Test
    void wordsAreRequiredTrimmedAndBetweenTenAnd2000Characters() {
        long patient = patient();
        DataSummaryFacts facts = as(NAV, () -> summaries.draft(patient)).facts();

        assertThatThrownBy(() -> publish(patient, facts, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Write your summary for the PWP");
        assertThatThrownBy(() -> publish(patient, facts, "   \n\t ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Write your summary for the PWP");
        assertThatThrownBy(() -> publish(patient, facts, "  too short ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Too short: write at least 10 characters.");
        assertThatThrownBy(() -> publish(patient, facts, "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Too long: at most 2000 characters (now 2001).");
        assertThat(count(patient)).isZero();

        assertThat(publish(patient, facts, "  0123456789  ").words()).isEqualTo("0123456789");
        assertThat(publish(patient, facts, " " + "y".repeat(2000) + " ").words()).hasSize(2000);
    }

    @Test
    void publishingTwiceKeepsBothTheNewestIsCurrentAndNeitherCanBeChanged() {
        long patient = patient();
        DataSummaryFacts facts = as(NAV, () -> summaries.draft(patient)).facts();

        DataSummary first = publish(patient, facts, "First look: all quiet in the app.");
        DataSummary second = publish(patient, facts, "Second look: still quiet, phoned the patient.");

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(second.author()).isEqualTo("Nora Summary");
        assertThat(second.facts()).isEqualTo(facts);
        assertThat(as(PWP, () -> summaries.current(patient))).contains(second);
        assertThat(as(NAV, () -> summaries.draft(patient)).published()).containsExactly(second, first);
        assertThatThrownBy(() -> jdbc.update("UPDATE data_summary SET words = 'changed words' WHERE id = ?", first.id()))
                .hasMessageContaining("immutable");
        assertThat(audited(patient, "DATA_SUMMARY_PUBLISH", "ALLOWED")).isEqualTo(2);
    }

    @Test
    void dataArrivingWhileTheNavigatorWritesRefusesThePublishSoStoredFactsAreTheOnesSeen() {
        long episode = episode();
        long patient = new CaseloadData(jdbc).patientOf(episode);
        DataSummaryFacts seen = as(NAV, () -> summaries.draft(patient)).facts();
        new CaseloadData(jdbc).login(episode, day(1), true);

        assertThatThrownBy(() -> publish(patient, seen, "Logins look fine to me."))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("The patient's data changed");
        assertThat(count(patient)).isZero();
    }

    @Test
    void onlyTheServicesNavigatorsWriteAndOnlyThePatientsPwpAndManagersReadEachAttemptAudited() {
        long patient = patient();
        DataSummaryFacts facts = as(NAV, () -> summaries.draft(patient)).facts();
        publish(patient, facts, "Nothing technical stands in the way.");

        assertThatThrownBy(() -> as(NAV_OTHER, () -> summaries.draft(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV_OTHER, () -> summaries.publish(patient, facts, "Not my patient at all.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP_OTHER, () -> summaries.current(patient))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> summaries.publish(patient, facts, "A PWP may not publish.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> summaries.draft(patient))).isInstanceOf(AccessDeniedException.class);

        assertThat(as(PWP, () -> summaries.current(patient))).isPresent();
        assertThat(as(MANAGER, () -> summaries.current(patient))).isPresent();
        assertThat(audited(patient, "DATA_SUMMARY_DRAFT", "DENIED")).isOne();
        assertThat(audited(patient, "DATA_SUMMARY_PUBLISH", "DENIED")).isOne();
        assertThat(audited(patient, "DATA_SUMMARY_READ", "DENIED")).isOne();
        assertThat(audited(patient, "DATA_SUMMARY_READ", "ALLOWED")).isEqualTo(2);
        assertThat(count(patient)).isOne();
    }

    @Test
    void theFactsTakeTheSameStatementsForAQuietPatientAndABusyOne() {
        long quiet = patient();
        long busyEpisode = episode();
        long busy = new CaseloadData(jdbc).patientOf(busyEpisode);
        script(busyEpisode);
        for (int i = 0; i < 4; i++) {
            events(busyEpisode);
        }

        int forQuiet = statementsFor(quiet);
        List<String> quietSql = statements.statements();
        int forBusy = statementsFor(busy);

        assertThat(forBusy).as("statements for a busy patient: %s", statements.statements()).isEqualTo(forQuiet);
        assertThat(forQuiet).as("statements: %s", quietSql).isLessThanOrEqualTo(8);
    }

    private int statementsFor(long patient) {
        return as(NAV, () -> {
            statements.reset();
            summaries.draft(patient);
            return statements.count();
        });
    }

    /** Days counted back from today, at noon London time: never in the future, never near midnight. */
    static Instant day(int daysAgo) {
        return LocalDate.now(LONDON).minusDays(daysAgo).atTime(LocalTime.NOON).atZone(LONDON).toInstant();
    }

    private void script(long episode) {
        events(episode);
        CaseloadData data = new CaseloadData(jdbc);
        data.issue(episode, "LOGIN", "OPEN");
        data.issue(episode, "SYNC", "RESOLVED");
        data.riskFlag(episode, true);
    }

    private void events(long episode) {
        CaseloadData data = new CaseloadData(jdbc);
        data.login(episode, day(1), true);
        data.login(episode, day(2), true);
        data.login(episode, day(2).plusSeconds(60), true);
        data.login(episode, day(20), true);
        data.login(episode, day(3), false);
        data.login(episode, day(3).plusSeconds(60), false);
        data.mood(episode, day(1));
        data.mood(episode, day(4));
        data.mood(episode, day(4).plusSeconds(3600));
        data.mood(episode, day(14));
        data.module(episode, "M1", 20, day(5));
        data.module(episode, "M1", 40, day(6));
        data.module(episode, "M2", 10, day(6));
        diary(episode, day(7), "PLANNED");
        diary(episode, day(7), "PLANNED");
        diary(episode, day(7), "PLANNED");
        diary(episode, day(8), "COMPLETED");
        data.notification(episode, day(9), "MOOD_REMINDER", "SCHEDULED");
        data.notification(episode, day(10), "MOOD_REMINDER", "SCHEDULED");
        data.notification(episode, day(10), "MOOD_REMINDER", "DELIVERED");
        data.notification(episode, day(11), "MOOD_REMINDER", "DELIVERED");
        data.notification(episode, day(11).plusSeconds(180), "MOOD_REMINDER", "DELIVERED");
        data.notification(episode, day(12), "ACTIVITY_REMINDER", "OPENED");
        jdbc.update("INSERT INTO message (event_id, patient_id, occurred_at, text) VALUES (?, ?, ?, 'hi')",
                UUID.randomUUID().toString(), data.patientOf(episode), Timestamp.valueOf(
                        java.time.LocalDateTime.ofInstant(day(13), java.time.ZoneOffset.UTC)));
    }

    private void diary(long episode, Instant at, String status) {
        jdbc.update("INSERT INTO diary_entry (event_id, patient_id, occurred_at, activity, status) VALUES (?, ?, ?, 'walk', ?)",
                UUID.randomUUID().toString(), new CaseloadData(jdbc).patientOf(episode),
                java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC), status);
    }

    private DataSummary publish(long patient, DataSummaryFacts facts, String words) {
        return as(NAV, () -> summaries.publish(patient, facts, words));
    }

    private int count(long patient) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM data_summary WHERE patient_id = ?", Integer.class, patient);
    }

    private long patient() {
        return new CaseloadData(jdbc).patientOf(episode());
    }

    private long episode() {
        int n = PATIENTS.incrementAndGet();
        return new CaseloadData(jdbc).patient("ds-" + n, "D. Summary " + n, service, pwp, null, null);
    }

    private int audited(long patient, String action, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = ?"
                + " AND outcome = ?", Integer.class, patient, action, outcome);
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
