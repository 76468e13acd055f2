package care.alliance.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.digest.internal.DigestCoverageTable;
import care.alliance.security.CurrentUser;
import care.alliance.security.StaffIdentity;

/**
 * H09 for managers: the share of a day's BOOKED appointments in their service that have a digest, per
 * PWP, and the failed builds. Aggregates and appointment ids only, so no patient read to audit.
 */
@Service
public class DigestCoverage {

    private final DigestCoverageTable table;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    DigestCoverage(DigestCoverageTable table, CurrentUser currentUser, Clock clock,
            @Value("${alliance.digest.zone:Europe/London}") ZoneId zone) {
        this.table = table;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the service's zone: the coverage view's "tomorrow" is this plus one. */
    @PreAuthorize("hasRole('MANAGER')")
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The day's appointments from its local midnight to the next (23 or 25 hours on clock-change days, H07). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public DigestCoverageReport forDay(LocalDate day) {
        StaffIdentity user = currentUser.require();
        if (user.serviceId() == null) {
            throw new AccessDeniedException("A manager without a service has no coverage to see");
        }
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return new DigestCoverageReport(day, table.perPwp(user.serviceId(), from, to),
                table.failures(user.serviceId(), from, to));
    }
}
