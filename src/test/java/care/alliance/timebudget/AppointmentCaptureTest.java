package care.alliance.timebudget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import care.alliance.AllianceTest;
import care.alliance.SignedIn;
import care.alliance.patients.AppointmentStatusChanged;
import care.alliance.patients.api.ApiCalls;
import care.alliance.timebudget.internal.AppointmentCapture;

/**
 * Attended appointments become proposed entries once, through the programme's real outcome call;
 * corrections away from ATTENDED remove a proposal and flag a confirmed entry; the catch-up is idempotent.
 */
@AllianceTest
class AppointmentCaptureTest {

    static final String PWP = "t.pwp.capture";
    static long service;
    static long pwp;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AppointmentCapture capture;
    @Autowired
    TimeLedger ledger;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @LocalServerPort
    int port;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        LedgerData data = new LedgerData(jdbc);
        service = data.service("t-capture");
        pwp = data.staff(PWP, "PWP", service);
    }

    @Test
    void anAttendedSessionIsProposedOnceEvenIfTheEventFiresTwice() {
        LedgerData data = new LedgerData(jdbc);
        long patient = data.patient(service, pwp);
        String apt = data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-06-01T09:00:00Z"), 35, "BOOKED");

        outcome(apt, "ATTENDED");
        outcome(apt, "ATTENDED");
        transactions.executeWithoutResult(tx -> events.publishEvent(new AppointmentStatusChanged(data.appointmentId(apt))));

        List<Map<String, Object>> rows = rows(apt);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsEntry("kind", "FACE_TO_FACE").containsEntry("minutes", 35)
                .containsEntry("captured_minutes", 35).containsEntry("state", "PROPOSED").containsEntry("source", "AUTO")
                .containsEntry("patient_id", patient).containsEntry("origin_key", "appointment:" + data.appointmentId(apt));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'TIME_ENTRY_CAPTURE'"
                + " AND patient_id = ?", Integer.class, patient)).isOne();
    }

    @Test
    void assessmentsCountAsFaceToFaceAndOnlineReviewsAsOnlineReviewDatedInTheServiceZone() {
        LedgerData data = new LedgerData(jdbc);
        long patient = data.patient(service, pwp);
        // 23:30 UTC on 1 June is 00:30 on 2 June in London (BST)
        String assessment = data.appointment(patient, "ASSESSMENT", Instant.parse("2026-06-01T23:30:00Z"), 45, "BOOKED");
        String review = data.appointment(patient, "ONLINE_REVIEW", Instant.parse("2026-06-03T10:00:00Z"), 20, "BOOKED");

        outcome(assessment, "ATTENDED");
        outcome(review, "ATTENDED");

        assertThat(rows(assessment).getFirst()).containsEntry("kind", "FACE_TO_FACE");
        assertThat(jdbc.queryForObject("SELECT work_date FROM time_entry WHERE appointment_id = ?", LocalDate.class,
                data.appointmentId(assessment))).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(rows(review).getFirst()).containsEntry("kind", "ONLINE_REVIEW").containsEntry("minutes", 20);
    }

    @Test
    void correctedAwayFromAttendedAProposalGoesAConfirmedEntryStaysFlaggedAndComesBack() {
        LedgerData data = new LedgerData(jdbc);
        long patient = data.patient(service, pwp);
        String proposed = data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-06-08T09:00:00Z"), 30, "BOOKED");
        String confirmed = data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-06-09T09:00:00Z"), 30, "BOOKED");
        String rejected = data.appointment(patient, "FACE_TO_FACE", Instant.parse("2026-06-10T09:00:00Z"), 30, "BOOKED");
        outcome(proposed, "ATTENDED");
        outcome(confirmed, "ATTENDED");
        outcome(rejected, "ATTENDED");
        long entry = ((Number) rows(confirmed).getFirst().get("id")).longValue();
        long refused = ((Number) rows(rejected).getFirst().get("id")).longValue();
        new SignedIn(context).as(PWP, () -> ledger.confirm(entry, 0));
        new SignedIn(context).as(PWP, () -> ledger.reject(refused, 0, "Not my session"));

        outcome(proposed, "DID_NOT_ATTEND");
        outcome(confirmed, "CANCELLED");
        outcome(rejected, "DID_NOT_ATTEND");

        assertThat(rows(proposed)).isEmpty();
        assertThat(rows(confirmed).getFirst()).containsEntry("state", "CONFIRMED").containsEntry("origin_withdrawn", true);
        // flagged too: an unflagged entry always stands for an attended appointment (TimeBudget relies on it)
        assertThat(rows(rejected).getFirst()).containsEntry("state", "REJECTED").containsEntry("origin_withdrawn", true);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'TIME_ENTRY_WITHDRAW'"
                + " AND patient_id = ?", Integer.class, patient)).isOne();

        outcome(proposed, "ATTENDED");
        outcome(confirmed, "ATTENDED");
        outcome(rejected, "ATTENDED");

        assertThat(rows(proposed).getFirst()).containsEntry("state", "PROPOSED");
        assertThat(rows(confirmed).getFirst()).containsEntry("state", "CONFIRMED").containsEntry("origin_withdrawn", false);
        assertThat(rows(rejected).getFirst()).containsEntry("state", "REJECTED").containsEntry("origin_withdrawn", false);
    }

    @Test
    void theCatchUpCapturesWhatTheEventMissedAndASecondRunChangesNothing() {
        LedgerData data = new LedgerData(jdbc);
        long patient = data.patient(service, pwp);
        // written straight to the table: no event, as after a bulk import
        // an odd second, so the window holds no other test's appointments
        Instant at = Instant.parse("2026-07-01T09:07:13Z");
        String before = data.appointment(patient, "FACE_TO_FACE", at.minusSeconds(1), 30, "ATTENDED");
        String recent = data.appointment(patient, "ONLINE_REVIEW", at, 15, "ATTENDED");

        int first = capture.captureAttended(at, at.plusSeconds(1));
        int second = capture.captureAttended(at, at.plusSeconds(1));

        assertThat(first).isOne();
        assertThat(second).isZero();
        assertThat(rows(recent)).hasSize(1);
        assertThat(rows(before)).isEmpty();
    }

    private void outcome(String appointment, String status) {
        ApiCalls.Reply reply = new ApiCalls(port, jdbc).post("/api/v1/appointments/" + appointment + "/outcome",
                "{\"status\": \"" + status + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private List<Map<String, Object>> rows(String appointment) {
        return jdbc.queryForList("SELECT t.* FROM time_entry t JOIN appointment a ON a.id = t.appointment_id"
                + " WHERE a.external_id = ?", appointment);
    }
}
