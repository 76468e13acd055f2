package care.alliance.navigator.detection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import care.alliance.navigator.TechnicalIssueCategory;
import care.alliance.programme.NotificationKind;

/**
 * The detection rules of clinical.md §5, each ONE statement over all patients (or a given few) that
 * returns the patients for whom it holds now, with the figures its description needs. Facts are read
 * through their (patient_id, occurred_at) indexes from the patient side, so a rule reads only the
 * recent rows of each patient however long the history. See package-info for the definitions.
 */
@Component
class DetectionRules {

    /** Open episode: the patient is still in the service. */
    private static final String OPEN = "EXISTS (SELECT 1 FROM episode e WHERE e.patient_id = p.id"
            + " AND e.discharged_on IS NULL)";
    /** Assessed and not discharged; with "has logged in at least once" this is "programme active". */
    private static final String ASSESSED = "EXISTS (SELECT 1 FROM episode e WHERE e.patient_id = p.id"
            + " AND e.discharged_on IS NULL AND e.assessed_on IS NOT NULL)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private static final Logger log = LoggerFactory.getLogger(DetectionRules.class);

    private final JdbcTemplate jdbc;

    DetectionRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, in a fixed order; the caller merges findings of one category. */
    List<Finding> all(RunParameters run, PatientScope scope) {
        List<Finding> findings = new ArrayList<>();
        timed("no mood rating", findings, () -> noMoodRating(run, scope));
        timed("no login", findings, () -> noLogin(run, scope));
        timed("failed logins", findings, () -> failedLogins(run, scope));
        timed("too many deliveries", findings, () -> tooManyDeliveries(run, scope));
        timed("duplicate deliveries", findings, () -> duplicateDeliveries(run, scope));
        timed("missing deliveries", findings, () -> missingDeliveries(run, scope));
        timed("stuck modules", findings, () -> stuckModules(run, scope));
        return findings;
    }

    /** Each rule's time at DEBUG: what the benchmark reports per rule. */
    private static void timed(String rule, List<Finding> findings, Supplier<List<Finding>> query) {
        long started = System.nanoTime();
        List<Finding> found = query.get();
        findings.addAll(found);
        log.debug("rule {}: {} finding(s) in {} ms", rule, found.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** (a) SYNC: a programme-active patient's last mood rating (or, never rated, first login) is too old. */
    List<Finding> noMoodRating(RunParameters run, PatientScope scope) {
        return query(run, scope, """
                SELECT id, service_id, last_mood, first_login FROM (
                  SELECT p.id, p.service_id, t.mood_cutoff,
                    (SELECT MAX(m.occurred_at) FROM mood_rating m WHERE m.patient_id = p.id) AS last_mood,
                    (SELECT MIN(l.occurred_at) FROM login_event l WHERE l.patient_id = p.id AND l.success) AS first_login
                  FROM patient p JOIN {params} ON t.service_id = p.service_id
                  WHERE {assessed} {scope}) x
                WHERE first_login IS NOT NULL AND COALESCE(last_mood, first_login) < mood_cutoff""", (rs, i) -> {
            long patient = rs.getLong(1);
            long service = rs.getLong(2);
            LocalDateTime lastMood = time(rs, 3);
            int threshold = run.thresholds(service).noMoodDays();
            String text = lastMood != null
                    ? "No mood rating for %d days (threshold %d)".formatted(run.silentDays(service, lastMood), threshold)
                    : "No mood rating in the %d days since the first login (threshold %d)"
                            .formatted(run.silentDays(service, time(rs, 4)), threshold);
            return new Finding(patient, service, TechnicalIssueCategory.SYNC, text);
        });
    }

    /** (b) LOGIN: a programme-active patient has not logged in successfully for too long. */
    List<Finding> noLogin(RunParameters run, PatientScope scope) {
        return query(run, scope, """
                SELECT id, service_id, last_login FROM (
                  SELECT p.id, p.service_id, t.login_cutoff,
                    (SELECT MAX(l.occurred_at) FROM login_event l WHERE l.patient_id = p.id AND l.success) AS last_login
                  FROM patient p JOIN {params} ON t.service_id = p.service_id
                  WHERE {assessed} {scope}) x
                WHERE last_login < login_cutoff""", (rs, i) -> {
            long service = rs.getLong(2);
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.LOGIN, "No login for %d days (threshold %d)"
                    .formatted(run.silentDays(service, time(rs, 3)), run.thresholds(service).noLoginDays()));
        });
    }

    /** (c) LOGIN: too many failed logins in the last 24 hours. */
    List<Finding> failedLogins(RunParameters run, PatientScope scope) {
        return query(run, scope, """
                SELECT id, service_id, failures FROM (
                  SELECT p.id, p.service_id, t.failed_logins,
                    (SELECT COUNT(*) FROM login_event l WHERE l.patient_id = p.id AND NOT l.success
                       AND l.occurred_at > t.failed_since) AS failures
                  FROM patient p JOIN {params} ON t.service_id = p.service_id
                  WHERE {open} {scope}) x
                WHERE failures >= failed_logins""", (rs, i) -> {
            long service = rs.getLong(2);
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.LOGIN,
                    "%d failed logins in the last 24 hours (threshold %d)".formatted(rs.getInt(3),
                            run.thresholds(service).failedLogins()));
        });
    }

    /** (d) NOTIFICATIONS_EXCESSIVE: on yesterday or today (service zone), deliveries beyond n× the schedule. */
    List<Finding> tooManyDeliveries(RunParameters run, PatientScope scope) {
        return query(run, scope, run.earliestYesterday(), """
                SELECT p.id, p.service_id, n.occurred_at >= t.today_start AS is_today,
                       SUM(n.status = 'SCHEDULED') AS scheduled, SUM(n.status = 'DELIVERED') AS delivered
                FROM {notifications n} JOIN {params} ON t.service_id = p.service_id
                WHERE n.occurred_at >= t.yesterday_start AND {open} {scope}
                GROUP BY p.id, p.service_id, is_today, t.excess_factor
                HAVING delivered > t.excess_factor * GREATEST(scheduled, 1)""", (rs, i) -> {
            long service = rs.getLong(2);
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE,
                    "%d notifications delivered %s against %d scheduled (more than %d× the schedule)".formatted(
                            rs.getInt(5), rs.getBoolean(3) ? "today" : "yesterday", rs.getInt(4),
                            run.thresholds(service).excessFactor()));
        });
    }

    /** (d) NOTIFICATIONS_EXCESSIVE: two deliveries of one kind within n minutes, since yesterday began. */
    List<Finding> duplicateDeliveries(RunParameters run, PatientScope scope) {
        return query(run, scope, run.earliestYesterday(), """
                SELECT p.id, p.service_id, a.kind, MIN(TIMESTAMPDIFF(SECOND, a.occurred_at, b.occurred_at)) AS gap
                FROM {notifications a} JOIN {params} ON t.service_id = p.service_id
                JOIN notification_event b FORCE INDEX (ix_notification_event_patient) ON b.patient_id = p.id
                  AND b.occurred_at >= a.occurred_at
                  AND b.occurred_at <= a.occurred_at + INTERVAL t.duplicate_seconds SECOND
                  AND b.status = 'DELIVERED' AND b.kind = a.kind AND b.id <> a.id
                WHERE a.occurred_at >= t.yesterday_start AND a.status = 'DELIVERED' AND {open} {scope}
                GROUP BY p.id, p.service_id, a.kind""", (rs, i) -> {
            long service = rs.getLong(2);
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.NOTIFICATIONS_EXCESSIVE,
                    "%s delivered twice %d seconds apart (duplicates within %d minutes)".formatted(
                            NotificationKind.valueOf(rs.getString(3)).label(),
                            rs.getLong(4), run.thresholds(service).duplicateMinutes()));
        });
    }

    /**
     * (e) NOTIFICATIONS_MISSING: something was scheduled on the day n days ago (service zone) and nothing
     * has been delivered, opened or dismissed since that day began.
     */
    List<Finding> missingDeliveries(RunParameters run, PatientScope scope) {
        return query(run, scope, run.earliestMissingStart(), """
                SELECT p.id, p.service_id, SUM(n.status = 'SCHEDULED') AS scheduled,
                       SUM(n.status = 'SCHEDULED' AND n.occurred_at < t.missing_first_end) AS first_day,
                       SUM(n.status <> 'SCHEDULED') AS delivered
                FROM {notifications n} JOIN {params} ON t.service_id = p.service_id
                WHERE n.occurred_at >= t.missing_start AND {open} {scope}
                GROUP BY p.id, p.service_id
                HAVING first_day > 0 AND delivered = 0""", (rs, i) -> {
            long service = rs.getLong(2);
            int days = run.thresholds(service).missingDays();
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.NOTIFICATIONS_MISSING,
                    "%d notifications scheduled since %s and none delivered (threshold %d days)".formatted(
                            rs.getInt(3), run.today(service).minusDays(days).format(DAY), days));
        });
    }

    /** (f) CONTENT: a started module below 100% with no progress for n days (the longest-stuck one named). */
    List<Finding> stuckModules(RunParameters run, PatientScope scope) {
        List<Finding> modules = query(run, scope, """
                SELECT p.id, p.service_id, mp.module, MAX(mp.percent) AS percent, MAX(mp.occurred_at) AS last_progress
                FROM patient p JOIN {params} ON t.service_id = p.service_id
                JOIN module_progress mp ON mp.patient_id = p.id
                WHERE {assessed} {scope}
                GROUP BY p.id, p.service_id, mp.module, t.stuck_cutoff
                HAVING percent < 100 AND last_progress < t.stuck_cutoff
                ORDER BY p.id, last_progress""", (rs, i) -> {
            long service = rs.getLong(2);
            return new Finding(rs.getLong(1), service, TechnicalIssueCategory.CONTENT,
                    "Module %s stuck at %d%% for %d days (threshold %d)".formatted(rs.getString(3), rs.getInt(4),
                            run.silentDays(service, time(rs, 5)), run.thresholds(service).stuckModuleDays()));
        });
        // one finding per patient: the module stuck longest (the first of each patient, as ordered)
        List<Finding> longest = new ArrayList<>();
        for (Finding module : modules) {
            if (longest.isEmpty() || longest.getLast().patientId() != module.patientId()) {
                longest.add(module);
            }
        }
        return longest;
    }

    private List<Finding> query(RunParameters run, PatientScope scope, String template,
            RowMapper<Finding> mapper) {
        return query(run, scope, null, template, mapper);
    }

    /** {@code since}: a constant lower bound on the facts' time, so the index on it is used for all patients. */
    private List<Finding> query(RunParameters run, PatientScope scope, LocalDateTime since, String template,
            RowMapper<Finding> mapper) {
        String sql = notifications(template, scope).replace("{params}", run.table()).replace("{open}", OPEN)
                .replace("{assessed}", ASSESSED).replace("{scope}", scope.condition("p.id"));
        // in statement order: the window's start (in the FROM, before the parameters), parameters, patients
        List<Object> args = new ArrayList<>();
        if (since != null) {
            args.add(since);
        }
        args.addAll(run.arguments());
        args.addAll(scope.arguments());
        return jdbc.query(sql, mapper, args.toArray());
    }

    /**
     * {@code {notifications x}}: the notification events of the window (from the constant {@code since}
     * parameter) joined to their patients. For all patients the events drive, through the index on
     * occurred_at: a range over the last days of every patient (on 100,000 patients a patient-first join
     * made ~75,000 random index dives and was several times slower). For a few patients, the patients drive.
     */
    private static String notifications(String template, PatientScope scope) {
        int start = template.indexOf("{notifications ");
        if (start < 0) {
            return template;
        }
        String alias = template.substring(start + "{notifications ".length(), template.indexOf('}', start));
        String join = scope.all()
                ? "notification_event " + alias + " STRAIGHT_JOIN patient p ON p.id = " + alias + ".patient_id"
                  + " AND " + alias + ".occurred_at >= ?"
                : "patient p JOIN notification_event " + alias + " ON " + alias + ".patient_id = p.id"
                  + " AND " + alias + ".occurred_at >= ?";
        return template.replace("{notifications " + alias + "}", join);
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }
}
