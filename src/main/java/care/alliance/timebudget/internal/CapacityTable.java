package care.alliance.timebudget.internal;

import static care.alliance.shared.db.UtcColumns.utc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import care.alliance.timebudget.BudgetSettings;
import care.alliance.timebudget.Capacity;

/**
 * {@code pwp_capacity} and {@code time_budget_settings} (V14), and the service's PWPs: the constant
 * number of reads a budget needs besides {@link LoadQuery}, whatever the number of PWPs. Not a security
 * boundary.
 */
@Component
public class CapacityTable {

    /** A PWP and their capacity history, oldest first. */
    public record PwpCapacities(long pwpId, String displayName, List<Dated> history) {

        /** The capacity in force on {@code monday}: the latest set on or before it, else the service's. */
        public Capacity on(LocalDate monday, Capacity fallback) {
            Capacity found = fallback;
            for (Dated dated : history) {
                if (!dated.from().isAfter(monday)) {
                    found = dated.capacity();
                }
            }
            return found;
        }
    }

    public record Dated(LocalDate from, Capacity capacity) {
    }

    /** A service's settings and zone, read together. */
    public record ServiceBudget(ZoneId zone, BudgetSettings settings) {
    }

    private final JdbcTemplate jdbc;

    CapacityTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ServiceBudget service(long service) {
        return jdbc.queryForObject("""
                SELECT s.time_zone, b.review_minutes, b.digest_minutes, b.clinical_minutes_per_week,
                       b.contact_target, b.blended_percent
                  FROM service s LEFT JOIN time_budget_settings b ON b.service_id = s.id WHERE s.id = ?""",
                (rs, i) -> new ServiceBudget(ZoneId.of(rs.getString(1)), rs.getObject(2) == null
                        ? BudgetSettings.DEFAULTS
                        : new BudgetSettings(rs.getInt(2), rs.getInt(3), new Capacity(rs.getInt(4), rs.getInt(5),
                                rs.getInt(6)))), service);
    }

    public void saveSettings(long service, BudgetSettings settings, long by, Instant now) {
        Capacity c = settings.defaultCapacity();
        jdbc.update("""
                INSERT INTO time_budget_settings (service_id, review_minutes, digest_minutes, clinical_minutes_per_week,
                                                  contact_target, blended_percent, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE review_minutes = VALUES(review_minutes), digest_minutes = VALUES(digest_minutes),
                    clinical_minutes_per_week = VALUES(clinical_minutes_per_week),
                    contact_target = VALUES(contact_target), blended_percent = VALUES(blended_percent),
                    updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""",
                service, settings.reviewMinutes(), settings.digestMinutes(), c.clinicalMinutes(), c.contactTarget(),
                c.blendedPercent(), by, utc(now));
    }

    /** Setting a capacity again from the same day replaces that day's row; earlier rows stay (history). */
    public void saveCapacity(long pwp, LocalDate from, Capacity capacity, long by, Instant now) {
        jdbc.update("""
                INSERT INTO pwp_capacity (pwp_id, effective_from, clinical_minutes_per_week, contact_target,
                                          blended_percent, set_by, set_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE clinical_minutes_per_week = VALUES(clinical_minutes_per_week),
                    contact_target = VALUES(contact_target), blended_percent = VALUES(blended_percent),
                    set_by = VALUES(set_by), set_at = VALUES(set_at)""",
                pwp, from, capacity.clinicalMinutes(), capacity.contactTarget(), capacity.blendedPercent(), by, utc(now));
    }

    /** One PWP's capacity history up to {@code until}. */
    public PwpCapacities pwp(long pwp, LocalDate until) {
        List<PwpCapacities> found = read("s.id = ?", pwp, until);
        return found.isEmpty() ? new PwpCapacities(pwp, null, List.of()) : found.getFirst();
    }

    /** Every enabled PWP of the service by name, with their capacity histories up to {@code until}: one statement. */
    public List<PwpCapacities> pwps(long service, LocalDate until) {
        return read("s.service_id = ? AND s.role = 'PWP' AND s.enabled", service, until);
    }

    private List<PwpCapacities> read(String which, long id, LocalDate until) {
        Map<Long, PwpCapacities> byPwp = new HashMap<>();
        List<PwpCapacities> ordered = new ArrayList<>();
        jdbc.query("SELECT s.id, s.display_name, c.effective_from, c.clinical_minutes_per_week, c.contact_target,"
                + " c.blended_percent FROM staff_user s LEFT JOIN pwp_capacity c ON c.pwp_id = s.id"
                + " AND c.effective_from <= ? WHERE " + which + " ORDER BY s.display_name, s.id, c.effective_from",
                rs -> {
                    long pwp = rs.getLong(1);
                    String name = rs.getString(2);
                    PwpCapacities row = byPwp.computeIfAbsent(pwp, k -> {
                        PwpCapacities created = new PwpCapacities(pwp, name, new ArrayList<>());
                        ordered.add(created);
                        return created;
                    });
                    LocalDate from = rs.getObject(3, LocalDate.class);
                    if (from != null) {
                        row.history().add(new Dated(from, new Capacity(rs.getInt(4), rs.getInt(5), rs.getInt(6))));
                    }
                }, until, id);
        return ordered;
    }
}
