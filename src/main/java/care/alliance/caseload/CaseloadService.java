package care.alliance.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.caseload.internal.CaseloadQuery;
import care.alliance.caseload.internal.MoodWindow;
import care.alliance.caseload.internal.ServiceZones;
import care.alliance.programme.ProgrammeModules;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * A PWP's caseload, for a lazy grid: the open episodes assigned to the signed-in PWP and nobody
 * else's (H02), counted and paged in one statement each. Every page read is audited as one entry
 * (H13); the count returns no patient data.
 */
@Service
public class CaseloadService {

    /** Mood adherence looks at this many complete local days before today. */
    public static final int MOOD_DAYS = 7;
    public static final int CORE_MODULES = ProgrammeModules.MANDATORY.size();
    static final int MAX_PAGE = 500;

    private final CaseloadQuery query;
    private final ServiceZones zones;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CaseloadService(CaseloadQuery query, ServiceZones zones, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.query = query;
        this.zones = zones;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public int count(CaseloadFilter filter) {
        return query.count(currentUser.require().id(), filter);
    }

    /** {@code sort} empty = risk first, then next appointment, then name. */
    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public List<CaseloadRow> page(CaseloadFilter filter, int offset, int limit, List<CaseloadSort.Order> sort) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1.." + MAX_PAGE);
        }
        StaffIdentity user = currentUser.require();
        ZoneId zone = zones.of(user.serviceId());
        // complete days only: today is still going, so counting it would always look like a missed day
        MoodWindow window = MoodWindow.completeDaysBefore(LocalDate.now(clock.withZone(zone)), zone, MOOD_DAYS);
        List<CaseloadRow> rows = query.page(user.id(), filter, window, clock.instant(), offset, limit, sort);
        audit.record(user.username(), user.role().name(), null, "CASELOAD_LIST",
                rows.size() + " patients listed from " + offset + describe(filter), AuditOutcome.ALLOWED);
        return rows;
    }

    /** The filter without the search text itself, which may hold part of a patient's name. */
    private static String describe(CaseloadFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.status() != null) {
            parts.add("status " + filter.status());
        }
        if (filter.stage() != null) {
            parts.add("stage " + filter.stage());
        }
        if (filter.needsAttention()) {
            parts.add("needs attention");
        }
        if (filter.search() != null) {
            parts.add("search");
        }
        return parts.isEmpty() ? "" : "; filter: " + String.join(", ", parts);
    }
}
