-- The time ledger and time budget (issue #7, clinical.md section 4): the work blended CBT takes,
-- counted per PWP. Names repeat care.alliance.timebudget.TimeKind, EntrySource and EntryState.

-- One row is some minutes of one PWP's work on one day (work_date: a local date in the service's zone,
-- H07). AUTO rows are captured by Alliance (attended appointments, active time on a patient page or
-- digest) and identified by origin_key ('appointment:<id>', 'visit:<uuid>'), unique, so capturing twice
-- stores one row; the PWP confirms, corrects (minutes changes, captured_minutes keeps what Alliance
-- measured) or rejects them. MANUAL rows are the PWP's own and have no state. version counts changes:
-- an update names the version it read, so two tabs cannot silently overwrite each other.
CREATE TABLE time_entry (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pwp_id             BIGINT       NOT NULL,
    work_date          DATE         NOT NULL,
    minutes            INT          NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    patient_id         BIGINT       NULL,
    source             VARCHAR(6)   NOT NULL,
    state              VARCHAR(10)  NULL,
    captured_minutes   INT          NULL,
    origin_key         VARCHAR(80)  NULL,
    appointment_id     BIGINT       NULL,
    -- a confirmed entry whose appointment was later recorded as not attended: kept, shown as such
    origin_withdrawn   BOOLEAN      NOT NULL DEFAULT FALSE,
    note               VARCHAR(500) NULL,
    created_at         DATETIME(6)  NOT NULL,
    confirmed_at       DATETIME(6)  NULL,
    updated_at         DATETIME(6)  NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_time_entry_origin UNIQUE (origin_key),
    CONSTRAINT uk_time_entry_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_time_entry_pwp FOREIGN KEY (pwp_id) REFERENCES staff_user (id),
    CONSTRAINT fk_time_entry_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    -- the product never deletes appointments; if a tool does, the time the PWP recorded stays (MariaDB
    -- allows no CHECK on a SET NULL column, so "MANUAL entries have no appointment" is the code's rule)
    CONSTRAINT fk_time_entry_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id)
        ON DELETE SET NULL,
    CONSTRAINT ck_time_entry_minutes CHECK (minutes BETWEEN 1 AND 720),
    CONSTRAINT ck_time_entry_kind CHECK (kind IN ('FACE_TO_FACE', 'ONLINE_REVIEW', 'MESSAGE_WRITING',
        'DIGEST_REVIEW', 'PROGRAMME_LEARNING', 'SUPERVISION', 'ADMIN', 'NAVIGATOR_LIAISON')),
    -- work with a patient names the patient; learning and admin never do; supervision and liaison may
    CONSTRAINT ck_time_entry_patient CHECK (
        (kind IN ('FACE_TO_FACE', 'ONLINE_REVIEW', 'MESSAGE_WRITING', 'DIGEST_REVIEW') AND patient_id IS NOT NULL)
        OR (kind IN ('PROGRAMME_LEARNING', 'ADMIN') AND patient_id IS NULL)
        OR kind IN ('SUPERVISION', 'NAVIGATOR_LIAISON')),
    CONSTRAINT ck_time_entry_source CHECK (
        (source = 'AUTO' AND state IN ('PROPOSED', 'CONFIRMED', 'CORRECTED', 'REJECTED')
            AND origin_key IS NOT NULL AND captured_minutes BETWEEN 1 AND 720)
        OR (source = 'MANUAL' AND state IS NULL AND origin_key IS NULL AND captured_minutes IS NULL)),
    CONSTRAINT ck_time_entry_confirmed CHECK ((state IN ('CONFIRMED', 'CORRECTED')) = (confirmed_at IS NOT NULL)),
    INDEX ix_time_entry_pwp_date (pwp_id, work_date),
    INDEX ix_time_entry_patient_date (patient_id, work_date)
) ENGINE = InnoDB;

-- A PWP's weekly capacity, with history: the row in force for a week is the latest effective_from on
-- or before its Monday. No row: the service's defaults (time_budget_settings, then the code's).
CREATE TABLE pwp_capacity (
    pwp_id                    BIGINT      NOT NULL,
    effective_from            DATE        NOT NULL,
    clinical_minutes_per_week INT         NOT NULL,
    contact_target            INT         NOT NULL DEFAULT 20,
    blended_percent           INT         NOT NULL,
    set_by                    BIGINT      NOT NULL,
    set_at                    DATETIME(6) NOT NULL,
    PRIMARY KEY (pwp_id, effective_from),
    CONSTRAINT fk_pwp_capacity_pwp FOREIGN KEY (pwp_id) REFERENCES staff_user (id),
    CONSTRAINT fk_pwp_capacity_set_by FOREIGN KEY (set_by) REFERENCES staff_user (id),
    CONSTRAINT ck_pwp_capacity_minutes CHECK (clinical_minutes_per_week BETWEEN 0 AND 3600),
    CONSTRAINT ck_pwp_capacity_contacts CHECK (contact_target BETWEEN 0 AND 60),
    CONSTRAINT ck_pwp_capacity_percent CHECK (blended_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB;

-- Per service: the expected review work the budget plans (minutes per online review, per digest) and
-- the capacity a PWP without a pwp_capacity row has. No row: the defaults (the column defaults).
CREATE TABLE time_budget_settings (
    service_id                BIGINT      NOT NULL PRIMARY KEY,
    review_minutes            INT         NOT NULL DEFAULT 15,
    digest_minutes            INT         NOT NULL DEFAULT 5,
    clinical_minutes_per_week INT         NOT NULL DEFAULT 1350,
    contact_target            INT         NOT NULL DEFAULT 20,
    blended_percent           INT         NOT NULL DEFAULT 20,
    updated_by                BIGINT      NOT NULL,
    updated_at                DATETIME(6) NOT NULL,
    CONSTRAINT fk_time_budget_settings_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT fk_time_budget_settings_by FOREIGN KEY (updated_by) REFERENCES staff_user (id),
    CONSTRAINT ck_time_budget_settings_review CHECK (review_minutes BETWEEN 1 AND 120),
    CONSTRAINT ck_time_budget_settings_digest CHECK (digest_minutes BETWEEN 0 AND 60),
    CONSTRAINT ck_time_budget_settings_minutes CHECK (clinical_minutes_per_week BETWEEN 0 AND 3600),
    CONSTRAINT ck_time_budget_settings_contacts CHECK (contact_target BETWEEN 0 AND 60),
    CONSTRAINT ck_time_budget_settings_percent CHECK (blended_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB;
