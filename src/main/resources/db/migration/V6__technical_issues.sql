-- Technical issues (clinical.md section 5): the one issue model the navigator's queue works from.
-- Issues come from detection rules (source DETECTED), from a PWP's "hand to navigator" (PWP_REPORT)
-- or from the navigator (NAVIGATOR). H10: at most one unresolved issue per patient and category,
-- enforced by the database through a unique key that exists only while the issue is unresolved
-- (NULLs never collide in a unique index), so concurrent reporters or detectors cannot duplicate.
CREATE TABLE technical_issue (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT        NOT NULL,
    service_id   BIGINT        NOT NULL,
    category     VARCHAR(30)   NOT NULL,
    source       VARCHAR(20)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    reported_by  BIGINT        NULL,
    assignee_id  BIGINT        NULL,
    opened_at    DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    resolved_at  DATETIME(6)   NULL,
    resolution   VARCHAR(2000) NULL,
    open_key     VARCHAR(60) AS (CASE WHEN status <> 'RESOLVED' THEN CONCAT(patient_id, ':', category) END) PERSISTENT,
    CONSTRAINT uk_technical_issue_open UNIQUE (open_key),
    CONSTRAINT fk_technical_issue_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_technical_issue_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_technical_issue_reporter FOREIGN KEY (reported_by) REFERENCES staff_user (id),
    CONSTRAINT fk_technical_issue_assignee FOREIGN KEY (assignee_id) REFERENCES staff_user (id),
    CONSTRAINT ck_technical_issue_category CHECK (category IN ('LOGIN', 'NOTIFICATIONS_MISSING',
        'NOTIFICATIONS_EXCESSIVE', 'DEVICE_SETTINGS', 'SYNC', 'CRASH', 'CONTENT', 'OTHER')),
    CONSTRAINT ck_technical_issue_source CHECK (source IN ('DETECTED', 'PWP_REPORT', 'NAVIGATOR')),
    CONSTRAINT ck_technical_issue_status CHECK (status IN ('OPEN', 'IN_PROGRESS', 'WAITING_ON_PATIENT', 'RESOLVED')),
    CONSTRAINT ck_technical_issue_resolved CHECK (status <> 'RESOLVED' OR (resolved_at IS NOT NULL AND resolution IS NOT NULL)),
    INDEX ix_technical_issue_patient (patient_id, status),
    INDEX ix_technical_issue_queue (service_id, status, opened_at)
) ENGINE = InnoDB;

-- What was said and done on an issue, oldest first: reports added to an already open issue, the
-- navigator's notes, status changes. Never edited.
CREATE TABLE technical_issue_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    issue_id    BIGINT        NOT NULL,
    author_id   BIGINT        NULL,
    written_at  DATETIME(6)   NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_technical_issue_note_issue FOREIGN KEY (issue_id) REFERENCES technical_issue (id),
    CONSTRAINT fk_technical_issue_note_author FOREIGN KEY (author_id) REFERENCES staff_user (id),
    INDEX ix_technical_issue_note_issue (issue_id, written_at)
) ENGINE = InnoDB;
