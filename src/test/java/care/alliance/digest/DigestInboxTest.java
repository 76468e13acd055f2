package care.alliance.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import care.alliance.AllianceTest;
import care.alliance.Fixtures;
import care.alliance.SignedIn;
import care.alliance.StatementCounter;
import care.alliance.caseload.PatientPage;
import care.alliance.digest.internal.DigestBuilds;
import care.alliance.patients.api.ApiCalls;

/** The PWP's digest inbox, opening a digest (scoped, audited, marks read) and the stale marker (H06). */
@AllianceTest
class DigestInboxTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestBuilds builds;
    @Autowired
    Digests digests;
    @Autowired
    PatientPage page;
    @Autowired
    StatementCounter statements;
    @Autowired
    ApplicationContext context;

    @Test
    void unreadDigestsComeFirstOpeningMarksReadAndANewVersionIsUnreadAgain() {
        DigestScenario first = new DigestScenario(port, jdbc);
        DigestScenario second = new DigestScenario(port, jdbc);
        List<DigestInboxRow> before = mine(first, second);
        assertThat(before).extracting(DigestInboxRow::appointmentId)
                .containsExactly(first.appointmentId, second.appointmentId);
        assertThat(before).allSatisfy(row -> {
            assertThat(row.built()).isFalse();
            assertThat(row.unread()).as("nothing to read yet").isFalse();
        });

        builds.build(first.appointmentId).orElseThrow();
        builds.build(second.appointmentId).orElseThrow();
        assertThat(mine(first, second)).allSatisfy(row -> assertThat(row.unread()).isTrue())
                .extracting(DigestInboxRow::version).containsExactly(1, 1);

        DigestPage opened = as(ApiCalls.PWP, () -> digests.open(first.appointmentId));
        assertThat(opened.digest().digest().version()).isEqualTo(1);
        assertThat(opened.appointment().patientName()).isNotBlank();
        List<DigestInboxRow> afterOpening = mine(first, second);
        assertThat(afterOpening).as("the unread one first, though it starts no earlier")
                .extracting(DigestInboxRow::appointmentId).containsExactly(second.appointmentId, first.appointmentId);
        assertThat(afterOpening.get(1).read()).isTrue();

        first.post(List.of(first.event("MOOD", first.day(2), "score", 3)));
        builds.build(first.appointmentId).orElseThrow();
        assertThat(mine(first, second)).as("version 2 says something new: unread again")
                .allSatisfy(row -> assertThat(row.unread()).isTrue())
                .extracting(DigestInboxRow::appointmentId, DigestInboxRow::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.appointmentId, 2),
                        org.assertj.core.groups.Tuple.tuple(second.appointmentId, 1));
    }

    @Test
    @DisplayName("H06_ new data after the build marks the digest stale on every screen; the rebuild stores v2 and clears it")
    void H06_newDataAfterBuildMarksStaleAndTheRebuildClearsIt() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        patient.post(List.of(patient.event("MOOD", patient.day(1), "score", 6)));
        StoredDigest v1 = builds.build(patient.appointmentId).orElseThrow();
        assertThat(as(ApiCalls.PWP, () -> digests.open(patient.appointmentId)).digest().stale())
                .as("data before the build").isFalse();

        patient.post(List.of(patient.event("MOOD", patient.day(2), "score", 2)));

        ShownDigest shown = as(ApiCalls.PWP, () -> digests.open(patient.appointmentId)).digest();
        assertThat(shown.digest()).isEqualTo(v1);
        assertThat(shown.stale()).isTrue();
        assertThat(shown.newDataAt()).isAfter(v1.builtAt());
        assertThat(as(ApiCalls.PWP, () -> page.load(patient.patientId)).digest().stale()).as("patient page").isTrue();
        assertThat(mine(patient)).singleElement().satisfies(row -> assertThat(row.stale()).as("inbox").isTrue());

        // the 2-hour pass stores a new version exactly because data changed
        assertThat(builds.build(patient.appointmentId)).get().extracting(StoredDigest::version).isEqualTo(2);
        ShownDigest rebuilt = as(ApiCalls.PWP, () -> digests.open(patient.appointmentId)).digest();
        assertThat(rebuilt.digest().version()).isEqualTo(2);
        assertThat(rebuilt.stale()).isFalse();
        assertThat(mine(patient)).singleElement().satisfies(row -> assertThat(row.stale()).isFalse());
    }

    @Test
    @DisplayName("H02_ H13_ opening is a scoped, audited patient read; the inbox is the PWP's own sessions only")
    void H02_H13_openingIsScopedAndAudited() {
        DigestScenario patient = new DigestScenario(port, jdbc);
        builds.build(patient.appointmentId).orElseThrow();

        assertThatThrownBy(() -> as(Fixtures.PWP_A, () -> digests.open(patient.appointmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audits(patient, Fixtures.PWP_A, "DENIED")).isEqualTo(1);
        assertThat(as(Fixtures.PWP_A, digests::inbox)).extracting(DigestInboxRow::appointmentId)
                .doesNotContain(patient.appointmentId);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest_read WHERE appointment_id = ?", Integer.class,
                patient.appointmentId)).as("a refused open marks nothing read").isZero();
        assertThatThrownBy(() -> as(Fixtures.NAVIGATOR, () -> digests.open(patient.appointmentId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Fixtures.MANAGER, digests::inbox)).as("the inbox is a PWP's")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ApiCalls.PWP, () -> digests.open(Long.MAX_VALUE)))
                .as("no such appointment reads as no access").isInstanceOf(AccessDeniedException.class);

        as(ApiCalls.PWP, () -> digests.open(patient.appointmentId));
        as(ApiCalls.PWP, () -> digests.open(patient.appointmentId));
        assertThat(audits(patient, ApiCalls.PWP, "ALLOWED")).as("every open is a read").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM digest_read WHERE appointment_id = ?", Integer.class,
                patient.appointmentId)).as("one receipt per reader and version").isOne();
    }

    @Test
    void theInboxCostsTheSameStatementsForOneSessionAsForMany_N_plus_one() {
        new DigestScenario(port, jdbc);
        int few = inboxStatements();
        for (int i = 0; i < 4; i++) {
            DigestScenario more = new DigestScenario(port, jdbc);
            builds.build(more.appointmentId);
        }
        int many = inboxStatements();
        assertThat(many).as("statements: %s", statements.statements()).isEqualTo(few).isLessThanOrEqualTo(3);
    }

    private int inboxStatements() {
        return as(ApiCalls.PWP, () -> {
            statements.reset();
            digests.inbox();
            return statements.count();
        });
    }

    private long audits(DigestScenario patient, String username, String outcome) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE patient_id = ? AND action = 'DIGEST_READ'"
                + " AND username = ? AND outcome = ?", Long.class, patient.patientId, username, outcome);
    }

    /** This test's rows of the scenario PWP's inbox, in the inbox's order (other tests share that PWP). */
    private List<DigestInboxRow> mine(DigestScenario... patients) {
        Set<Long> ids = java.util.Arrays.stream(patients).map(p -> p.appointmentId)
                .collect(java.util.stream.Collectors.toSet());
        return as(ApiCalls.PWP, digests::inbox).stream().filter(row -> ids.contains(row.appointmentId())).toList();
    }

    private <T> T as(String username, Supplier<T> call) {
        return new SignedIn(context).as(username, call);
    }
}
