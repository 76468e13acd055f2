package care.alliance.timebudget;

import static care.alliance.shared.db.UtcColumns.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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

/** The CSV exports: exact columns, quoting, totals against the ledger, period boundaries, access. */
@AllianceTest
class TimeExportsTest {

    static final String MANAGER = "t.mgr.export";
    static final String MANAGER_ELSEWHERE = "t.mgr.export.s";
    static final String NAV = "t.nav.export";
    static final AtomicInteger PWPS = new AtomicInteger();
    static final LocalDate FROM = LocalDate.of(2026, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 10, 31);
    static long service;

    @Autowired
    TimeExports exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void staff(@Autowired JdbcTemplate jdbc) {
        LedgerData data = new LedgerData(jdbc);
        service = data.service("t-export");
        data.staff(MANAGER, "MANAGER", service);
        data.staff(NAV, "NAVIGATOR", service);
        data.staff(MANAGER_ELSEWHERE, "MANAGER", data.service("t-export-south"));
    }

    @Test
    void nationalDatasetHasTheExactColumnsAndCountsOnlyVouchedInternetEnabledMinutesInThePeriod() {
        String pwp = pwp();
        long patient = patientOf(pwp);
        String programme = programmeId(patient);
        entry(pwp, patient, FROM, "ONLINE_REVIEW", 15, "AUTO", "CONFIRMED", null);
        entry(pwp, patient, LocalDate.of(2026, 10, 12), "MESSAGE_WRITING", 10, "MANUAL", null, null);
        entry(pwp, patient, LocalDate.of(2026, 10, 14), "DIGEST_REVIEW", 7, "AUTO", "CORRECTED", "longer");
        entry(pwp, patient, TO, "ONLINE_REVIEW", 20, "MANUAL", null, null);
        // not counted: outside the period, proposed, rejected, not internet-enabled work
        entry(pwp, patient, FROM.minusDays(1), "ONLINE_REVIEW", 100, "MANUAL", null, null);
        entry(pwp, patient, TO.plusDays(1), "ONLINE_REVIEW", 100, "MANUAL", null, null);
        entry(pwp, patient, LocalDate.of(2026, 10, 15), "ONLINE_REVIEW", 100, "AUTO", "PROPOSED", null);
        entry(pwp, patient, LocalDate.of(2026, 10, 16), "ONLINE_REVIEW", 100, "AUTO", "REJECTED", null);
        entry(pwp, patient, LocalDate.of(2026, 10, 17), "FACE_TO_FACE", 100, "MANUAL", null, null);

        CsvExport csv = as(MANAGER, () -> exports.nationalDataset(FROM, TO));

        List<String> lines = lines(csv);
        assertThat(lines.getFirst()).isEqualTo("programme_name,patient_id,clinician_id,minutes,start_date,end_date");
        assertThat(lines).contains("Moodbuster," + programme + "," + pwp + ",52,2026-10-01,2026-10-31");
        assertThat(csv.text()).endsWith("\r\n");
        assertThat(new LedgerData(jdbc).audited(MANAGER, "TIME_EXPORT_NATIONAL", "ALLOWED")).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = ? AND patient_id = ?"
                + " AND action = 'TIME_EXPORT_NATIONAL' AND detail LIKE '%2026-10-01 to 2026-10-31%'", Integer.class,
                MANAGER, patient)).isPositive();
    }

    @Test
    void nationalTotalsEqualTheLedgerRowsTheyCover() {
        String pwp = pwp();
        long first = patientOf(pwp);
        long second = patientOf(pwp);
        int[] minutes = {5, 12, 33, 41, 9};
        for (int i = 0; i < minutes.length; i++) {
            entry(pwp, i % 2 == 0 ? first : second, FROM.plusDays(i * 6), i % 3 == 0 ? "ONLINE_REVIEW" : "DIGEST_REVIEW",
                    minutes[i], "MANUAL", null, null);
        }

        List<String[]> national = lines(as(MANAGER, () -> exports.nationalDataset(FROM, TO))).stream().skip(1)
                .map(line -> line.split(",")).filter(f -> f[2].equals(pwp)).toList();
        List<String[]> ledger = lines(as(MANAGER, () -> exports.ledgerOf(idOf(pwp), FROM, TO))).stream().skip(1)
                .map(line -> line.split(",")).toList();

        assertThat(national).hasSize(2);
        assertThat(national.stream().mapToInt(f -> Integer.parseInt(f[3])).sum())
                .isEqualTo(ledger.stream().mapToInt(f -> Integer.parseInt(f[4])).sum())
                .isEqualTo(Arrays.stream(minutes).sum());
        for (String[] row : national) {
            assertThat(Integer.parseInt(row[3])).isEqualTo(ledger.stream().filter(f -> f[3].equals(row[1]))
                    .mapToInt(f -> Integer.parseInt(f[4])).sum());
        }
    }

    @Test
    void ledgerHasTheExactColumnsAndQuotesCommasQuotesAndLineBreaksInNotes() {
        String pwp = pwp();
        long patient = patientOf(pwp);
        entry(pwp, null, FROM, "SUPERVISION", 60, "MANUAL", null, "Group, with \"Dr\" Ali\nand notes");
        entry(pwp, patient, TO, "ONLINE_REVIEW", 15, "AUTO", "PROPOSED", null);
        entry(pwp, patient, TO.plusDays(1), "ONLINE_REVIEW", 15, "AUTO", "PROPOSED", null);

        CsvExport csv = as(pwp, () -> exports.myLedger(FROM, TO));

        assertThat(csv.rows()).isEqualTo(2);
        assertThat(csv.text()).isEqualTo("date,pwp,kind,patient_id,minutes,source,state,note\r\n"
                + "2026-10-01," + pwp + ",SUPERVISION,,60,MANUAL,,\"Group, with \"\"Dr\"\" Ali\nand notes\"\r\n"
                + "2026-10-31," + pwp + ",ONLINE_REVIEW," + programmeId(patient) + ",15,AUTO,PROPOSED,\r\n");
        assertThat(new CsvText(List.of("h")).row(" padded", null, "plain").toString())
                .isEqualTo("h\r\n\" padded\",,plain\r\n");
    }

    @Test
    void textThatLooksLikeASpreadsheetFormulaIsNeutralisedNumbersAreNot() {
        String pwp = pwp();
        entry(pwp, null, FROM, "ADMIN", 30, "MANUAL", null, "=HYPERLINK(\"http://x\",\"y\")");
        entry(pwp, null, FROM.plusDays(1), "ADMIN", 20, "MANUAL", null, "@SUM(A1)");

        CsvExport csv = as(pwp, () -> exports.myLedger(FROM, TO));

        assertThat(csv.text()).contains(",ADMIN,,30,MANUAL,,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n")
                .contains(",ADMIN,,20,MANUAL,,'@SUM(A1)\r\n");
        assertThat(new CsvText(List.of("h")).row("+1", "-x", "\tx", "a=b", -5).toString())
                .isEqualTo("h\r\n'+1,'-x,'\tx,a=b,-5\r\n");
    }

    @Test
    void aPwpExportsOnlyTheirOwnPatientsMinutes() {
        String pwp = pwp();
        String other = pwp();
        entry(pwp, patientOf(pwp), FROM, "ONLINE_REVIEW", 15, "MANUAL", null, null);
        entry(other, patientOf(other), FROM, "ONLINE_REVIEW", 15, "MANUAL", null, null);

        List<String> lines = lines(as(pwp, () -> exports.nationalDataset(FROM, TO)));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("," + pwp + ",");
    }

    @Test
    void anotherServicesManagerANavigatorAndAPwpAreRefused() {
        String pwp = pwp();
        entry(pwp, patientOf(pwp), FROM, "ONLINE_REVIEW", 15, "MANUAL", null, null);
        long id = idOf(pwp);

        assertThatThrownBy(() -> as(MANAGER_ELSEWHERE, () -> exports.ledgerOf(id, FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new LedgerData(jdbc).audited(MANAGER_ELSEWHERE, "TIME_EXPORT_LEDGER", "DENIED")).isPositive();
        assertThat(lines(as(MANAGER_ELSEWHERE, () -> exports.nationalDataset(FROM, TO))))
                .as("the other service's export holds none of this service's patients").noneMatch(l -> l.contains(pwp));
        assertThatThrownBy(() -> as(NAV, () -> exports.nationalDataset(FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(pwp, () -> exports.ledgerOf(id, FROM, TO)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(MANAGER, () -> exports.nationalDataset(TO, FROM)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> lines(CsvExport csv) {
        return List.of(csv.text().split("\r\n"));
    }

    private void entry(String pwp, Long patient, LocalDate day, String kind, int minutes, String source, String state,
            String note) {
        Instant at = Instant.parse("2026-10-01T09:00:00Z");
        jdbc.update("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, patient_id, source, state,"
                + " captured_minutes, origin_key, note, created_at, updated_at, confirmed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                idOf(pwp), day, minutes, kind, patient, source, state, state == null ? null : minutes,
                state == null ? null : "test:" + java.util.UUID.randomUUID(), note, utc(at), utc(at),
                "CONFIRMED".equals(state) || "CORRECTED".equals(state) ? utc(at) : null);
    }

    private String pwp() {
        String username = "t.pwp.export" + PWPS.incrementAndGet();
        new LedgerData(jdbc).staff(username, "PWP", service);
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, username);
    }

    private long patientOf(String pwp) {
        return new LedgerData(jdbc).patient(service, idOf(pwp));
    }

    private String programmeId(long patient) {
        return jdbc.queryForObject("SELECT programme_id FROM patient WHERE id = ?", String.class, patient);
    }

    private <T> T as(String user, Supplier<T> call) {
        return new SignedIn(context).as(user, call);
    }
}
