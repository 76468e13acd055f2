-- Issue #5 part 2b: the PWP's digest inbox (unread first), the manager's coverage view, and the
-- on-screen stale marker (H06, H09).

-- Who opened which version of an appointment's digest. A new version is unread again: it says
-- something the last one did not. Keyed by appointment and version rather than digest id so that
-- nothing references the immutable digest table (a demo reseed empties it with TRUNCATE).
CREATE TABLE digest_read (
    staff_id       BIGINT      NOT NULL,
    appointment_id BIGINT      NOT NULL,
    version        INT         NOT NULL,
    read_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (staff_id, appointment_id, version),
    CONSTRAINT fk_digest_read_staff FOREIGN KEY (staff_id) REFERENCES staff_user (id),
    CONSTRAINT fk_digest_read_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
) ENGINE = InnoDB;

-- H09: a build that threw is recorded (the build's own transaction rolled back), so the coverage view
-- can show it beside the appointments still without a digest.
CREATE TABLE digest_build_failure (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id BIGINT       NOT NULL,
    pass           VARCHAR(16)  NOT NULL,
    failed_at      DATETIME(6)  NOT NULL,
    message        VARCHAR(500) NOT NULL,
    CONSTRAINT fk_digest_build_failure_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    INDEX ix_digest_build_failure_appointment (appointment_id, failed_at)
) ENGINE = InnoDB;

-- H06: "has data arrived since this digest was built?" is the newest received_at of the patient's events.
CREATE INDEX ix_programme_event_patient_received ON programme_event (patient_id, received_at);

-- The planner and the coverage view read BOOKED appointments by start across a whole service; without
-- this index each of those reads scans every appointment ever booked.
CREATE INDEX ix_appointment_status_start ON appointment (status, start_at);
