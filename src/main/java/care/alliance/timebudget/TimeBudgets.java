package care.alliance.timebudget;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.audit.AuditLog;
import care.alliance.audit.AuditOutcome;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;
import care.alliance.timebudget.internal.CapacityTable;
import care.alliance.timebudget.internal.CapacityTable.PwpCapacities;
import care.alliance.timebudget.internal.CapacityTable.ServiceBudget;
import care.alliance.timebudget.internal.LoadQuery;
import care.alliance.timebudget.internal.WeekLoads;

/**
 * Planned load against capacity per PWP and service week ({@link TimeBudget} has the arithmetic). A PWP
 * sees their own weeks; a manager sees every PWP of their service and sets capacities and the service's
 * settings. Budgets hold no patient data, so reading one's own is not audited; a manager's reads of a
 * PWP's or the team's budget are (one row each). Reads are a constant number of statements whatever
 * the number of PWPs and weeks: the settings, the PWPs with their capacity histories, and the loads.
 */
@Service
public class TimeBudgets {

    /** The PWP's view: this week and the next two. */
    public static final int PWP_WEEKS = 3;
    /** The manager's team view: a 12-week trend. */
    public static final int TEAM_WEEKS = 12;

    private final CapacityTable capacities;
    private final LoadQuery loads;
    private final CurrentUser currentUser;
    private final ManagerScope managers;
    private final AuditLog audit;
    private final Clock clock;

    TimeBudgets(CapacityTable capacities, LoadQuery loads, CurrentUser currentUser, ManagerScope managers,
            AuditLog audit, Clock clock) {
        this.capacities = capacities;
        this.loads = loads;
        this.currentUser = currentUser;
        this.managers = managers;
        this.audit = audit;
        this.clock = clock;
    }

    /** My week containing {@code day} and the two after it. */
    @PreAuthorize("hasRole('PWP')")
    @Transactional(readOnly = true)
    public List<BudgetWeek> myWeeks(LocalDate day) {
        StaffIdentity me = currentUser.require();
        return weeks(me, me.id(), day);
    }

    /** A PWP's three weeks from the one containing {@code day}: managers of the PWP's service only. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<BudgetWeek> weeksOf(long pwpId, LocalDate day) {
        StaffIdentity me = currentUser.require();
        managers.requirePwpOfMyService(me, pwpId, "TIME_BUDGET_READ");
        audit.record(me.username(), me.role().name(), null, "TIME_BUDGET_READ", "staff " + pwpId, AuditOutcome.ALLOWED);
        return weeks(me, pwpId, day);
    }

    /** Every enabled PWP of my service over {@value #TEAM_WEEKS} weeks from the one containing {@code from}. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public TeamBudget team(LocalDate from) {
        StaffIdentity me = currentUser.require();
        ServiceBudget service = capacities.service(me.serviceId());
        List<ServiceWeek> weeks = weeks(ServiceWeek.containing(required(from), service.zone()), TEAM_WEEKS);
        List<PwpCapacities> pwps = capacities.pwps(me.serviceId(), weeks.getLast().monday());
        WeekLoads loaded = loads.forPwps(pwps.stream().map(PwpCapacities::pwpId).toList(), weeks);
        List<TeamBudget.Row> rows = new ArrayList<>(pwps.size());
        for (PwpCapacities pwp : pwps) {
            rows.add(new TeamBudget.Row(pwp.pwpId(), pwp.displayName(), budget(pwp, weeks, service, loaded)));
        }
        audit.record(me.username(), me.role().name(), null, "TIME_BUDGET_TEAM",
                pwps.size() + " PWPs, " + TEAM_WEEKS + " weeks from " + weeks.getFirst().monday(), AuditOutcome.ALLOWED);
        return new TeamBudget(weeks.stream().map(ServiceWeek::monday).toList(), rows);
    }

    /** Today in my service's zone (H07): the week a view calls "this week". */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(capacities.service(currentUser.require().serviceId()).zone()));
    }

    @PreAuthorize("hasAnyRole('PWP', 'MANAGER')")
    @Transactional(readOnly = true)
    public BudgetSettings settings() {
        return capacities.service(currentUser.require().serviceId()).settings();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void updateSettings(BudgetSettings settings) {
        if (settings == null) {
            throw new IllegalArgumentException("Fill in the settings.");
        }
        StaffIdentity me = currentUser.require();
        capacities.saveSettings(me.serviceId(), settings, me.id(), clock.instant());
        audit.record(me.username(), me.role().name(), null, "TIME_BUDGET_SETTINGS", settings.toString(),
                AuditOutcome.ALLOWED);
    }

    /** A PWP's capacity from a Monday on; the weeks before keep what was in force then. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public void setCapacity(long pwpId, LocalDate from, Capacity capacity) {
        if (from == null || from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A capacity takes effect from a Monday.");
        }
        if (capacity == null) {
            throw new IllegalArgumentException("Fill in the capacity.");
        }
        StaffIdentity me = currentUser.require();
        managers.requirePwpOfMyService(me, pwpId, "TIME_CAPACITY_SET");
        capacities.saveCapacity(pwpId, from, capacity, me.id(), clock.instant());
        audit.record(me.username(), me.role().name(), null, "TIME_CAPACITY_SET", "staff " + pwpId + " from " + from
                + ": " + capacity, AuditOutcome.ALLOWED);
    }

    private List<BudgetWeek> weeks(StaffIdentity reader, long pwpId, LocalDate day) {
        ServiceBudget service = capacities.service(reader.serviceId());
        List<ServiceWeek> weeks = weeks(ServiceWeek.containing(required(day), service.zone()), PWP_WEEKS);
        PwpCapacities pwp = capacities.pwp(pwpId, weeks.getLast().monday());
        return budget(pwp, weeks, service, loads.forPwp(pwpId, weeks));
    }

    private static List<BudgetWeek> budget(PwpCapacities pwp, List<ServiceWeek> weeks, ServiceBudget service,
            WeekLoads loaded) {
        return IntStream.range(0, weeks.size()).mapToObj(i -> TimeBudget.week(pwp.pwpId(), weeks.get(i),
                pwp.on(weeks.get(i).monday(), service.settings().defaultCapacity()), service.settings(),
                loaded.appointments(pwp.pwpId(), i), loaded.entries(pwp.pwpId(), i))).toList();
    }

    private static List<ServiceWeek> weeks(ServiceWeek first, int count) {
        return IntStream.range(0, count).mapToObj(first::plusWeeks).toList();
    }

    private static LocalDate required(LocalDate day) {
        if (day == null) {
            throw new IllegalArgumentException("Choose a week.");
        }
        return day;
    }
}
