package care.alliance.navigator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

import care.alliance.caseload.CaseloadData;

/**
 * Issues for queue tests, straight into the table as detection and reports leave them. Each test class
 * uses services of its own (through {@link CaseloadData}), so queues never share rows across classes.
 */
public final class QueueData {

    public final CaseloadData caseload;
    private final JdbcTemplate jdbc;

    public QueueData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.caseload = new CaseloadData(jdbc);
    }

    /** A patient with an open episode; returns the patient id. */
    public long patient(String programmeId, String name, long service, long pwp) {
        long episode = caseload.patient(programmeId, name, service, pwp, LocalDate.of(2026, 1, 19), null);
        return jdbc.queryForObject("SELECT patient_id FROM episode WHERE id = ?", Long.class, episode);
    }

    /** An issue as a rule or a person leaves it; returns its id. */
    public long issue(long patient, TechnicalIssueCategory category, IssueSource source, IssueStatus status,
            Instant openedAt, Long assignee) {
        boolean resolved = status == IssueStatus.RESOLVED;
        LocalDateTime opened = LocalDateTime.ofInstant(openedAt, ZoneOffset.UTC);
        jdbc.update("INSERT INTO technical_issue (patient_id, service_id, category, source, status, description,"
                + " assignee_id, opened_at, updated_at, resolved_at, resolution)"
                + " SELECT id, service_id, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM patient WHERE id = ?",
                category.name(), source.name(), status.name(), "Reported: " + category.label(), assignee, opened, opened,
                resolved ? opened.plusHours(1) : null, resolved ? "Fixed earlier" : null, patient);
        return jdbc.queryForObject("SELECT MAX(id) FROM technical_issue WHERE patient_id = ? AND category = ?",
                Long.class, patient, category.name());
    }

    public long open(long patient, TechnicalIssueCategory category, Instant openedAt) {
        return issue(patient, category, IssueSource.DETECTED, IssueStatus.OPEN, openedAt, null);
    }

    /** An open flag (reason "PHQ-9 item 9 scored 2") and a reviewed one (note "Reviewed at session"). */
    public void riskFlags(long patient) {
        long episode = jdbc.queryForObject("SELECT MAX(id) FROM episode WHERE patient_id = ?", Long.class, patient);
        caseload.riskFlag(episode, true);
        caseload.riskFlag(episode, false);
    }

    public long staffId(String username) {
        return jdbc.queryForObject("SELECT id FROM staff_user WHERE username = ?", Long.class, username);
    }
}
