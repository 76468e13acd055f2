package care.alliance.navigator;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import care.alliance.patients.PatientRecord;
import care.alliance.patients.PatientService;
import care.alliance.security.CurrentUser;
import care.alliance.security.Role;
import care.alliance.security.StaffIdentity;

/**
 * Opening technical issues by hand: a clinician's "hand to navigator" from the patient page, or the
 * navigator's own. H10: a report for a category that already has an unresolved issue becomes a note
 * on that issue; the database's unique key on unresolved (patient, category) decides, so two people
 * reporting at once still give one issue.
 */
@Service
public class TechnicalIssues {

    public static final int MAX_TEXT = 2000;
    private final JdbcTemplate jdbc;
    private final PatientService patients;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TechnicalIssues(JdbcTemplate jdbc, PatientService patients, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.patients = patients;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException with a message for the user when the category or text is missing
     *         or the text is too long; nothing is stored then
     */
    @PreAuthorize("hasAnyRole('PWP', 'MANAGER', 'NAVIGATOR')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public IssueReport report(long patientId, TechnicalIssueCategory category, String description) {
        String text = validate(category, description);
        PatientRecord patient = patients.requireAccess(patientId, "TECH_ISSUE_REPORT");
        StaffIdentity user = currentUser.require();
        IssueSource source = user.role() == Role.NAVIGATOR ? IssueSource.NAVIGATOR : IssueSource.PWP_REPORT;
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        IssueReport report;
        try {
            report = new IssueReport(insert(patient, category, source, text, user.id(), now), false);
        } catch (DuplicateKeyException alreadyOpen) {
            // MariaDB keeps the transaction usable after a duplicate key, so the note goes in the same one
            Long open = jdbc.query("SELECT id FROM technical_issue WHERE patient_id = ? AND category = ?"
                    + " AND status <> 'RESOLVED' FOR UPDATE",
                    rs -> rs.next() ? rs.getLong(1) : null, patientId, category.name());
            report = open == null // resolved in between: the category is free again
                    ? new IssueReport(insert(patient, category, source, text, user.id(), now), false)
                    : new IssueReport(open, true);
            if (open != null) {
                jdbc.update("INSERT INTO technical_issue_note (issue_id, author_id, written_at, text) VALUES (?, ?, ?, ?)",
                        open, user.id(), now, "Reported again by " + user.displayName() + ": " + text);
                jdbc.update("UPDATE technical_issue SET updated_at = ? WHERE id = ?", now, open);
            }
        }
        events.publishEvent(new TechnicalIssueReported(report.issueId(), patientId));
        return report;
    }

    private long insert(PatientRecord patient, TechnicalIssueCategory category, IssueSource source, String text,
            long reporterId, LocalDateTime now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO technical_issue (patient_id, service_id, category, source, status, description,
                                                 reported_by, opened_at, updated_at)
                    VALUES (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, patient.id());
            insert.setLong(2, patient.serviceId());
            insert.setString(3, category.name());
            insert.setString(4, source.name());
            insert.setString(5, text);
            insert.setLong(6, reporterId);
            insert.setObject(7, now);
            insert.setObject(8, now);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private static String validate(TechnicalIssueCategory category, String description) {
        if (category == null) {
            throw new IllegalArgumentException("Choose the kind of problem.");
        }
        String text = description == null ? "" : description.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Describe the problem for the navigator.");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The description is too long: at most " + MAX_TEXT + " characters.");
        }
        return text;
    }
}
