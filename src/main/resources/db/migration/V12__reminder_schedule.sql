-- The reminder schedule a navigator agrees with a patient (clinical.md §5, "reminder schedule agreed"),
-- versioned: a change is a new row with the next version, never an update, so the history says who
-- changed what, when and why, and the programme (GET /api/v1/patients/{id}/plan) can poll a version.
-- UNIQUE(patient_id, version) is the optimistic lock: two editors who both read version n cannot both
-- write n + 1; the loser's insert fails and is told who changed it meanwhile.
CREATE TABLE reminder_schedule (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id    BIGINT       NOT NULL,
    version       INT          NOT NULL,
    -- the days reminders fire on: bit 0 = Monday ... bit 6 = Sunday (127 = daily)
    days_mask     TINYINT UNSIGNED NOT NULL,
    -- quiet hours in the patient's local time; start > end wraps midnight (22:00-07:00)
    quiet_start   TIME         NULL,
    quiet_end     TIME         NULL,
    paused        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- reminders resume on this day (service zone); NULL while paused = until a navigator resumes them
    paused_until  DATE         NULL,
    pause_reason  VARCHAR(500) NULL,
    changed_by    BIGINT       NOT NULL,
    changed_at    DATETIME(6)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    CONSTRAINT uk_reminder_schedule_version UNIQUE (patient_id, version),
    CONSTRAINT fk_reminder_schedule_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_reminder_schedule_staff FOREIGN KEY (changed_by) REFERENCES staff_user (id),
    CONSTRAINT ck_reminder_schedule_version CHECK (version >= 1),
    CONSTRAINT ck_reminder_schedule_days CHECK (days_mask <= 127),
    CONSTRAINT ck_reminder_schedule_quiet CHECK ((quiet_start IS NULL) = (quiet_end IS NULL)),
    CONSTRAINT ck_reminder_schedule_until CHECK (paused OR paused_until IS NULL)
) ENGINE = InnoDB;

-- The reminder times of one version (local time, HH:mm). MESSAGE_ALERT is event-driven, never scheduled.
CREATE TABLE reminder_time (
    schedule_id   BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    at_time       TIME         NOT NULL,
    PRIMARY KEY (schedule_id, kind, at_time),
    CONSTRAINT fk_reminder_time_schedule FOREIGN KEY (schedule_id) REFERENCES reminder_schedule (id),
    CONSTRAINT ck_reminder_time_kind CHECK (kind IN ('MOOD_REMINDER', 'ACTIVITY_REMINDER'))
) ENGINE = InnoDB;

-- Versions are immutable: UPDATE is refused. DELETE stays possible for the demo's reseed and erasure.
CREATE TRIGGER reminder_schedule_no_update BEFORE UPDATE ON reminder_schedule FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reminder_schedule versions are immutable: UPDATE refused';

CREATE TRIGGER reminder_time_no_update BEFORE UPDATE ON reminder_time FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'reminder_time rows are immutable: UPDATE refused';
