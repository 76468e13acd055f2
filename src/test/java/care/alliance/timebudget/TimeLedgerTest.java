package care.alliance.timebudget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.patients.AppointmentStatusChanged;

/** The ledger on MariaDB: confirm/correct/reject, manual entries and their validation, conflicts, who may see what. */
@AllianceTest
class TimeLedgerTest {

    static final String PWP = "t.pwp.ledger";
    static final String OTHER_PWP = "t.pwp.ledger2";
    static final String MANAGER = "t.mgr.ledger";
    static final String MANAGER_ELSEWHERE = "t.mgr.ledger.s";
    static final String NAV = "t.nav.ledger";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static long service;
    static long pwp;
    static long other;

    @Autowired
    TimeLedger ledger;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        LedgerData data = new LedgerData(jdbc);
        service = data.service("t-ledger");
        pwp = data.staff(PWP, "PWP", service);
        other = data.staff(OTHER_PWP, "PWP", service);
        data.staff(MANAGER, "MANAGER", service);
        data.staff(NAV, "NAVIGATOR", service);
        data.staff(MANAGER_ELSEWHERE, "MANAGER", data.service("t-ledger-south"));
    }

    @Test
    void confirmCorrectAndRejectAProposedEntryKeepingTheCapturedMinutes() {
        TimeEntry proposed = proposed(40);

        TimeEntry confirmed = as(PWP, () -> ledger.confirm(proposed.id(), proposed.version()));
        TimeEntry corrected = as(PWP, () -> ledger.correct(proposed.id(), confirmed.version(), 55, "ran over"));

        assertThat(confirmed.state()).isEqualTo(EntryState.CONFIRMED);
        assertThat(confirmed.confirmedAt()).isNotNull();
        assertThat(corrected.state()).isEqualTo(EntryState.CORRECTED);
        assertThat(corrected.minutes()).isEqualTo(55);
        assertThat(corrected.capturedMinutes()).isEqualTo(40);
        assertThat(corrected.note()).isEqualTo("ran over");

        TimeEntry rejected = as(PWP, () -> ledger.reject(proposed.id(), corrected.version(), "  "));
        assertThat(rejected.state()).isEqualTo(EntryState.REJECTED);
        assertThat(rejected.counts()).isFalse();
        assertThatThrownBy(() -> as(PWP, () -> ledger.correct(proposed.id(), rejected.version(), 30, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rejected entry cannot be corrected");
        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_ENTRY_CORRECT", "ALLOWED")).isPositive();
    }

    @Test
    void aSaveFromAStaleTabIsRefusedWithAClearMessageAndChangesNothing() {
        TimeEntry proposed = proposed(30);
        as(PWP, () -> ledger.confirm(proposed.id(), proposed.version()));

        assertThatThrownBy(() -> as(PWP, () -> ledger.correct(proposed.id(), proposed.version(), 45, "longer")))
                .isInstanceOf(LedgerConflictException.class)
                .hasMessageContaining("changed since you opened it");
        assertThat(as(PWP, () -> ledger.myWeek(proposed.workDate())).stream()
                .filter(e -> e.id() == proposed.id()).findFirst().orElseThrow().minutes()).isEqualTo(30);

        TimeEntry manual = as(PWP, () -> ledger.add(new NewTimeEntry(TODAY, 30, TimeKind.ADMIN, null, null)));
        as(PWP, () -> {
            ledger.delete(manual.id(), manual.version());
            return null;
        });
        assertThatThrownBy(() -> as(PWP, () -> ledger.edit(manual.id(), manual.version(),
                new NewTimeEntry(TODAY, 45, TimeKind.ADMIN, null, null)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void correctionsNeedAReasonAndMinutesInRange() {
        TimeEntry proposed = proposed(30);

        assertThatThrownBy(() -> as(PWP, () -> ledger.correct(proposed.id(), 0, 45, " ")))
                .hasMessage("Say why the minutes differ from what was captured.");
        assertThatThrownBy(() -> as(PWP, () -> ledger.correct(proposed.id(), 0, 0, "none")))
                .hasMessage("Minutes must be between 1 and 720 (12 hours).");
        assertThatThrownBy(() -> as(PWP, () -> ledger.correct(proposed.id(), 0, 721, "long")))
                .hasMessage("Minutes must be between 1 and 720 (12 hours).");
    }

    @Test
    void manualEntriesAreAddedEditedAndDeleted() {
        long patient = new LedgerData(jdbc).patient(service, pwp);
        TimeEntry added = as(PWP, () -> ledger.add(new NewTimeEntry(TODAY, 25, TimeKind.MESSAGE_WRITING, patient,
                "  wrote back about the diary  ")));
        TimeEntry learning = as(PWP, () -> ledger.add(new NewTimeEntry(TODAY.minusDays(1), 60,
                TimeKind.PROGRAMME_LEARNING, null, null)));

        assertThat(added.source()).isEqualTo(EntrySource.MANUAL);
        assertThat(added.state()).isNull();
        assertThat(added.note()).isEqualTo("wrote back about the diary");
        assertThat(added.patientName()).isEqualTo("T. Budget");

        TimeEntry edited = as(PWP, () -> ledger.edit(added.id(), added.version(), new NewTimeEntry(TODAY, 35,
                TimeKind.MESSAGE_WRITING, patient, "two messages")));
        assertThat(edited.minutes()).isEqualTo(35);
        assertThat(edited.version()).isEqualTo(added.version() + 1);

        as(PWP, () -> {
            ledger.delete(learning.id(), learning.version());
            return null;
        });
        assertThat(as(PWP, () -> ledger.myWeek(TODAY.minusDays(1))).stream().map(TimeEntry::id))
                .doesNotContain(learning.id());
        long captured = proposed(20).id();
        assertThatThrownBy(() -> as(PWP, () -> ledger.edit(captured, 0, new NewTimeEntry(TODAY, 35,
                TimeKind.ADMIN, null, null)))).hasMessageContaining("Only a manual entry can be edited");
    }

    @Test
    void badManualEntriesAreRefusedWithClearMessagesAndStoreNothing() {
        long patient = new LedgerData(jdbc).patient(service, pwp);
        int before = new LedgerData(jdbc).entries(pwp);

        refused(new NewTimeEntry(TODAY, 0, TimeKind.ADMIN, null, null), "Minutes must be between 1 and 720 (12 hours).");
        refused(new NewTimeEntry(TODAY, 721, TimeKind.ADMIN, null, null), "Minutes must be between 1 and 720 (12 hours).");
        refused(new NewTimeEntry(TODAY.plusDays(8), 30, TimeKind.ADMIN, null, null), "The day is more than 7 days ahead.");
        refused(new NewTimeEntry(TODAY.minusDays(91), 30, TimeKind.ADMIN, null, null),
                "The day is more than 90 days ago; ask your manager.");
        refused(new NewTimeEntry(null, 30, TimeKind.ADMIN, null, null), "Choose the day the time was spent.");
        refused(new NewTimeEntry(TODAY, 30, null, null, null), "Choose what the time was spent on.");
        refused(new NewTimeEntry(TODAY, 30, TimeKind.ONLINE_REVIEW, null, null),
                "Choose the patient this online review was for.");
        refused(new NewTimeEntry(TODAY, 30, TimeKind.ADMIN, patient, null), "Admin is not recorded against a patient.");
        refused(new NewTimeEntry(TODAY, 30, TimeKind.ADMIN, null, "x".repeat(501)),
                "The note is too long: at most 500 characters.");

        assertThat(new LedgerData(jdbc).entries(pwp)).isEqualTo(before);
        assertThat(as(PWP, () -> ledger.add(new NewTimeEntry(TODAY.plusDays(7), 30, TimeKind.SUPERVISION, null, null)))
                .kind()).isEqualTo(TimeKind.SUPERVISION);
        assertThat(as(PWP, () -> ledger.add(new NewTimeEntry(TODAY.minusDays(90), 30, TimeKind.NAVIGATOR_LIAISON,
                patient, null))).patientId()).isEqualTo(patient);
    }

    @Test
    @DisplayName("H02 H13 another PWP's patient or entry is refused and audited; nothing is stored")
    void H02_anotherPwpsPatientOrEntry() {
        long theirPatient = new LedgerData(jdbc).patient(service, other);
        TimeEntry theirs = as(OTHER_PWP, () -> ledger.add(new NewTimeEntry(TODAY, 30, TimeKind.ADMIN, null, null)));
        int before = new LedgerData(jdbc).entries(pwp);

        assertThatThrownBy(() -> as(PWP, () -> ledger.add(new NewTimeEntry(TODAY, 30, TimeKind.ONLINE_REVIEW,
                theirPatient, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> ledger.edit(theirs.id(), theirs.version(),
                new NewTimeEntry(TODAY, 60, TimeKind.ADMIN, null, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> {
            ledger.delete(theirs.id(), theirs.version());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(PWP, () -> ledger.confirm(Long.MAX_VALUE, 0))).isInstanceOf(AccessDeniedException.class);

        assertThat(new LedgerData(jdbc).entries(pwp)).isEqualTo(before);
        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_ENTRY_ADD", "DENIED")).isPositive();
        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_ENTRY_EDIT", "DENIED")).isPositive();
        assertThat(new LedgerData(jdbc).audited(PWP, "TIME_ENTRY_DELETE", "DENIED")).isPositive();
        assertThat(as(OTHER_PWP, () -> ledger.myWeek(TODAY)).stream().filter(e -> e.id() == theirs.id())
                .findFirst().orElseThrow().minutes()).isEqualTo(30);
    }

    @Test
    @DisplayName("H02 H13 the service's manager reads a PWP's ledger, audited per patient; another service's manager and a navigator cannot")
    void H02_managersOfTheServiceOnly() {
        TimeEntry proposed = proposed(30);

        List<TimeEntry> read = as(MANAGER, () -> ledger.weekOf(pwp, proposed.workDate()));

        assertThat(read).extracting(TimeEntry::id).contains(proposed.id());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND action ="
                + " 'TIME_LEDGER_READ' AND patient_id = ?", Integer.class, MANAGER, proposed.patientId())).isOne();
        int denied = new LedgerData(jdbc).audited(MANAGER_ELSEWHERE, "TIME_LEDGER_READ", "DENIED");
        assertThatThrownBy(() -> as(MANAGER_ELSEWHERE, () -> ledger.weekOf(pwp, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new LedgerData(jdbc).audited(MANAGER_ELSEWHERE, "TIME_LEDGER_READ", "DENIED")).isEqualTo(denied + 1);
        assertThatThrownBy(() -> as(MANAGER, () -> ledger.weekOf(other + 1_000_000, TODAY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV, () -> ledger.weekOf(pwp, TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(NAV, () -> ledger.myWeek(TODAY))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MANAGER, () -> ledger.confirm(proposed.id(), 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** An attended appointment of a new patient of mine, captured: a PROPOSED entry. */
    private TimeEntry proposed(int minutes) {
        LedgerData data = new LedgerData(jdbc);
        long patient = data.patient(service, pwp);
        Instant start = TODAY.minusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        String apt = data.appointment(patient, "FACE_TO_FACE", start, minutes, "ATTENDED");
        transactions.executeWithoutResult(tx -> events.publishEvent(new AppointmentStatusChanged(data.appointmentId(apt))));
        return as(PWP, () -> ledger.myWeek(TODAY.minusDays(1))).stream()
                .filter(e -> ("appointment:" + data.appointmentId(apt)).equals(e.origin())).findFirst().orElseThrow();
    }

    private void refused(NewTimeEntry entry, String message) {
        assertThatThrownBy(() -> as(PWP, () -> ledger.add(entry))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    private <T> T as(String user, Supplier<T> call) {
        return new SignedIn(context).as(user, call);
    }
}
