-- Detection thresholds per service (clinical.md section 5, H10). No row = the defaults in code
-- (DetectionThresholds.DEFAULTS); an administrator's edit writes a whole row, "restore defaults"
-- deletes it. The checks repeat the ranges the admin service validates, so no path stores nonsense.
CREATE TABLE detection_settings (
    service_id          BIGINT      NOT NULL PRIMARY KEY,
    no_mood_days        INT         NOT NULL,
    no_login_days       INT         NOT NULL,
    failed_logins       INT         NOT NULL,
    excess_factor       INT         NOT NULL,
    duplicate_minutes   INT         NOT NULL,
    missing_days        INT         NOT NULL,
    stuck_module_days   INT         NOT NULL,
    updated_at          DATETIME(6) NOT NULL,
    updated_by          VARCHAR(60) NOT NULL,
    CONSTRAINT fk_detection_settings_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT ck_detection_settings_ranges CHECK (
        no_mood_days BETWEEN 1 AND 30 AND no_login_days BETWEEN 1 AND 60 AND failed_logins BETWEEN 2 AND 20
        AND excess_factor BETWEEN 2 AND 10 AND duplicate_minutes BETWEEN 1 AND 60 AND missing_days BETWEEN 1 AND 14
        AND stuck_module_days BETWEEN 3 AND 90)
) ENGINE = InnoDB;

-- The notification rules look at the last few days of every patient at once: with this index they read
-- only those days (a range over occurred_at, covering), not each patient's whole history.
CREATE INDEX ix_notification_event_time ON notification_event (occurred_at, patient_id, status, kind);
