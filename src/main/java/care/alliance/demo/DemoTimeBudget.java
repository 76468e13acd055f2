package care.alliance.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's time ledger and capacities (issue #7), written after the appointments were captured as
 * proposed entries ({@code SeededTimeCapture}): weeks before this one are mostly confirmed by their PWP
 * (one entry in ten, chosen by the appointment's external id, is left proposed: nobody confirms
 * everything); this week's entries and those of the last seven days stay proposed (on a Monday morning
 * this week has none yet; the PWP confirms within a week). pwp.jones works part time (12.5 clinical hours a week, a fifth
 * blended) and records supervision and programme learning by hand, so the north team view has exactly one
 * PWP clearly over budget this week; the other PWPs keep the service's default capacity. Deterministic:
 * the dates follow "today", the choice follows the generator's ids.
 */
final class DemoTimeBudget {

    static final String PART_TIMER = "pwp.jones";
    /** 12.5 clinical hours a week, 20 contacts, 20% blended. */
    static final int PART_TIME_MINUTES = 750;
    static final String SUPERVISION_NOTE = "Weekly case supervision with the senior PWP";
    static final String LEARNING_NOTE = "Moodbuster programme update: new module walkthrough";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoTimeBudget(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Entries dated from this day on stay proposed: this week's, and at least the last seven days'. */
    static LocalDate proposedFrom(LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekAgo = today.minusDays(6);
        return weekAgo.isBefore(thisMonday) ? weekAgo : thisMonday;
    }

    /** @return rows changed or written */
    int write(LocalDate today) {
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int rows = jdbc.update("UPDATE time_entry t JOIN appointment a ON a.id = t.appointment_id"
                + " SET t.state = 'CONFIRMED', t.confirmed_at = ?, t.version = t.version + 1"
                + " WHERE t.state = 'PROPOSED' AND t.work_date < ? AND MOD(CRC32(a.external_id), 10) <> 0",
                now, proposedFrom(today));
        Long jones = jdbc.query("SELECT id FROM staff_user WHERE username = ?", (row, i) -> row.getLong(1), PART_TIMER)
                .stream().findFirst().orElse(null);
        if (jones == null) {
            return rows;
        }
        Long manager = jdbc.query("SELECT m.id FROM staff_user m JOIN staff_user p ON p.service_id = m.service_id"
                + " WHERE p.id = ? AND m.role = 'MANAGER' ORDER BY m.id", (row, i) -> row.getLong(1), jones).stream()
                .findFirst().orElse(jones);
        rows += jdbc.update("INSERT INTO pwp_capacity (pwp_id, effective_from, clinical_minutes_per_week,"
                + " contact_target, blended_percent, set_by, set_at) VALUES (?, ?, ?, 20, 20, ?, ?)", jones,
                thisMonday.minusWeeks(26), PART_TIME_MINUTES, manager, now);
        List<Object[]> manual = new ArrayList<>();
        for (int week = 11; week >= 0; week--) {
            LocalDate monday = thisMonday.minusWeeks(week);
            manual.add(new Object[] {jones, monday, 60, "SUPERVISION", SUPERVISION_NOTE, now, now});
            if (week % 4 == 0) { // a programme update every four weeks, the latest this week
                manual.add(new Object[] {jones, monday, 90, "PROGRAMME_LEARNING", LEARNING_NOTE, now, now});
            }
        }
        jdbc.batchUpdate("INSERT INTO time_entry (pwp_id, work_date, minutes, kind, source, note, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, 'MANUAL', ?, ?, ?)", manual);
        return rows + manual.size();
    }

}
