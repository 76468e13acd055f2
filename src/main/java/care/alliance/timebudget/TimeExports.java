package care.alliance.timebudget;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.security.Role;
import care.alliance.security.StaffIdentity;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffSummary;
import care.alliance.timebudget.internal.ExportQuery;
import care.alliance.timebudget.internal.ExportQuery.LedgerRow;
import care.alliance.timebudget.internal.ExportQuery.NationalRow;

/**
 * The time ledger's CSV exports (issue #7). Each is built whole in memory, then handed over: a failed
 * export never leaves half a file. Both name patients, so each is audited with one row per patient
 * named (H13), the detail naming the export and its period; a refusal is audited too.
 * <ul>
 * <li>National dataset (clinical.md section 4): per patient and clinician, the minutes of internet-enabled
 * therapy work (online review, message writing, digest/progress review) in the period. Counted: manual
 * entries and captured entries the PWP confirmed or corrected; proposed and rejected ones are not.
 * {@code clinician_id} is the PWP's username; {@code patient_id} the programme id. A manager exports
 * their service; a PWP their own patients.</li>
 * <li>Ledger: every entry of one PWP in the period, one row each. The PWP their own; the managers of
 * the PWP's service.</li>
 * </ul>
 */
@Service
public class TimeExports {

    public static final List<String> NATIONAL_HEADER = List.of("programme_name", "patient_id", "clinician_id",
            "minutes", "start_date", "end_date");
    public static final List<String> LEDGER_HEADER = List.of("date", "pwp", "kind", "patient_id", "minutes", "source",
            "state", "note");
    /** A period of at most a year and a day. */
    public static final int MAX_DAYS = 366;

    private final ExportQuery query;
    private final CurrentUser currentUser;
    private final ManagerScope managers;
    private final AuditLog audit;
    private final String programmeName;

    TimeExports(ExportQuery query, CurrentUser currentUser, ManagerScope managers, AuditLog audit,
            @Value("${alliance.programme.name:Moodbuster}") String programmeName) {
        this.query = query;
        this.currentUser = currentUser;
        this.managers = managers;
        this.audit = audit;
        this.programmeName = programmeName;
    }

    /** Manager: the service's PWPs; PWP: their own patients. Dates inclusive. */
    @PreAuthorize("hasAnyRole('MANAGER', 'PWP')")
    @Transactional(readOnly = true)
    public CsvExport nationalDataset(LocalDate from, LocalDate to) {
        period(from, to);
        StaffIdentity me = currentUser.require();
        Long pwp = me.role() == Role.PWP ? me.id() : null;
        List<NationalRow> rows = query.national(me.serviceId(), pwp, from, to);
        CsvText csv = new CsvText(NATIONAL_HEADER);
        for (NationalRow row : rows) {
            csv.row(programmeName, row.programmeId(), row.clinician(), row.minutes(), row.first(), row.last());
        }
        audited(me, "TIME_EXPORT_NATIONAL", "national dataset " + from + " to " + to + ", " + rows.size() + " rows",
                rows.stream().map(NationalRow::patientId).toList());
        return new CsvExport("internet-enabled-therapy-" + from + "-" + to + ".csv", csv.toString(), rows.size());
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public CsvExport myLedger(LocalDate from, LocalDate to) {
        period(from, to);
        StaffIdentity me = currentUser.require();
        return ledger(me, me.id(), me.username(), from, to);
    }

    /** Managers of the PWP's own service only; anyone else's PWP is refused and audited. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public CsvExport ledgerOf(long pwpId, LocalDate from, LocalDate to) {
        period(from, to);
        StaffIdentity me = currentUser.require();
        StaffSummary pwp = managers.requirePwpOfMyService(me, pwpId, "TIME_EXPORT_LEDGER");
        return ledger(me, pwpId, pwp.username(), from, to);
    }

    private CsvExport ledger(StaffIdentity me, long pwpId, String pwpName, LocalDate from, LocalDate to) {
        List<LedgerRow> rows = query.ledger(pwpId, from, to);
        CsvText csv = new CsvText(LEDGER_HEADER);
        for (LedgerRow row : rows) {
            csv.row(row.date(), row.pwp(), row.kind(), row.programmeId(), row.minutes(), row.source(), row.state(),
                    row.note());
        }
        audited(me, "TIME_EXPORT_LEDGER", "ledger of " + pwpName + " " + from + " to " + to + ", " + rows.size()
                + " rows", rows.stream().map(LedgerRow::patientId).toList());
        return new CsvExport("time-ledger-" + pwpName + "-" + from + "-" + to + ".csv", csv.toString(), rows.size());
    }

    private void audited(StaffIdentity me, String action, String detail, List<Long> patients) {
        List<Long> named = patients.stream().filter(Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            audit.record(me.username(), me.role().name(), null, action, detail, AuditOutcome.ALLOWED);
        }
        for (Long patient : named) {
            audit.record(me.username(), me.role().name(), patient, action, detail, AuditOutcome.ALLOWED);
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Choose the first and last day of the period.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period must end on or after its first day.");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Export at most " + MAX_DAYS + " days at a time.");
        }
    }
}
