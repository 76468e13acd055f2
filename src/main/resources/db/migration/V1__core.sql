-- Core data model. Names follow clinical.md and api.md. Times are UTC DATETIME(6).
-- Aggregates that JPA writes use sequences (INCREMENT BY 50, Hibernate pooled-lo) so inserts batch;
-- append-only facts (programme events) use AUTO_INCREMENT and are written with JDBC batches.

CREATE SEQUENCE service_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE staff_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE patient_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE episode_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE appointment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE risk_flag_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE service (
    id          BIGINT       NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    time_zone   VARCHAR(40)  NOT NULL DEFAULT 'Europe/London',
    CONSTRAINT uk_service_code UNIQUE (code)
) ENGINE = InnoDB;

CREATE TABLE staff_user (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(60)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(120) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    service_id      BIGINT       NULL,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    locked_until    DATETIME(6)  NULL,
    CONSTRAINT uk_staff_user_username UNIQUE (username),
    CONSTRAINT fk_staff_user_service FOREIGN KEY (service_id) REFERENCES service (id),
    CONSTRAINT ck_staff_user_role CHECK (role IN ('PWP', 'NAVIGATOR', 'MANAGER', 'ADMIN'))
) ENGINE = InnoDB;

-- Failed sign-ins, counted over a sliding hour for the account lock (10 in an hour locks for 15 minutes).
CREATE TABLE login_failure (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username    VARCHAR(60) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    INDEX ix_login_failure_user_time (username, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE patient (
    id            BIGINT       NOT NULL PRIMARY KEY,
    programme_id  VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    service_id    BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uk_patient_programme_id UNIQUE (programme_id),
    CONSTRAINT fk_patient_service FOREIGN KEY (service_id) REFERENCES service (id)
) ENGINE = InnoDB;

-- An episode of care is one referral. The PWP assignment lives on the episode: a re-referral may go
-- to another PWP. Stage dates are the flow of clinical.md section 3.
CREATE TABLE episode (
    id                   BIGINT      NOT NULL PRIMARY KEY,
    patient_id           BIGINT      NOT NULL,
    pwp_id               BIGINT      NOT NULL,
    referred_on          DATE        NOT NULL,
    assessed_on          DATE        NULL,
    first_treatment_on   DATE        NULL,
    second_treatment_on  DATE        NULL,
    discharged_on        DATE        NULL,
    CONSTRAINT fk_episode_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_episode_pwp FOREIGN KEY (pwp_id) REFERENCES staff_user (id),
    INDEX ix_episode_pwp (pwp_id, discharged_on),
    INDEX ix_episode_patient (patient_id)
) ENGINE = InnoDB;

CREATE TABLE appointment (
    id           BIGINT      NOT NULL PRIMARY KEY,
    external_id  VARCHAR(64) NOT NULL,
    episode_id   BIGINT      NOT NULL,
    patient_id   BIGINT      NOT NULL,
    pwp_id       BIGINT      NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    start_at     DATETIME(6) NOT NULL,
    minutes      INT         NOT NULL,
    status       VARCHAR(20) NOT NULL,
    CONSTRAINT uk_appointment_external_id UNIQUE (external_id),
    CONSTRAINT fk_appointment_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    CONSTRAINT fk_appointment_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_appointment_pwp FOREIGN KEY (pwp_id) REFERENCES staff_user (id),
    CONSTRAINT ck_appointment_kind CHECK (kind IN ('ASSESSMENT', 'FACE_TO_FACE', 'ONLINE_REVIEW')),
    CONSTRAINT ck_appointment_status CHECK (status IN ('BOOKED', 'ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED')),
    CONSTRAINT ck_appointment_minutes CHECK (minutes BETWEEN 1 AND 480),
    INDEX ix_appointment_pwp_start (pwp_id, start_at),
    INDEX ix_appointment_patient_start (patient_id, start_at)
) ENGINE = InnoDB;

-- Programme facts. event_id is the programme's id of the event (unique: idempotent ingest, H08).
CREATE TABLE questionnaire (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64) NOT NULL,
    patient_id   BIGINT      NOT NULL,
    instrument   VARCHAR(8)  NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    item_1 TINYINT NOT NULL, item_2 TINYINT NOT NULL, item_3 TINYINT NOT NULL,
    item_4 TINYINT NOT NULL, item_5 TINYINT NOT NULL, item_6 TINYINT NOT NULL,
    item_7 TINYINT NOT NULL, item_8 TINYINT NULL, item_9 TINYINT NULL,
    total        TINYINT     NOT NULL,
    CONSTRAINT uk_questionnaire_event UNIQUE (event_id),
    CONSTRAINT fk_questionnaire_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_questionnaire_instrument CHECK (instrument IN ('PHQ9', 'GAD7')),
    -- H03: the database refuses an incomplete or out-of-range questionnaire even if code forgets to.
    CONSTRAINT ck_questionnaire_items CHECK (
        item_1 BETWEEN 0 AND 3 AND item_2 BETWEEN 0 AND 3 AND item_3 BETWEEN 0 AND 3 AND
        item_4 BETWEEN 0 AND 3 AND item_5 BETWEEN 0 AND 3 AND item_6 BETWEEN 0 AND 3 AND
        item_7 BETWEEN 0 AND 3 AND
        ((instrument = 'PHQ9' AND item_8 BETWEEN 0 AND 3 AND item_9 BETWEEN 0 AND 3) OR
         (instrument = 'GAD7' AND item_8 IS NULL AND item_9 IS NULL))),
    INDEX ix_questionnaire_patient (patient_id, instrument, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE mood_rating (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64) NOT NULL,
    patient_id   BIGINT      NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    score        TINYINT     NOT NULL,
    CONSTRAINT uk_mood_rating_event UNIQUE (event_id),
    CONSTRAINT fk_mood_rating_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_mood_rating_score CHECK (score BETWEEN 1 AND 10),
    INDEX ix_mood_rating_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE module_progress (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64) NOT NULL,
    patient_id   BIGINT      NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    module       VARCHAR(40) NOT NULL,
    percent      TINYINT     NOT NULL,
    CONSTRAINT uk_module_progress_event UNIQUE (event_id),
    CONSTRAINT fk_module_progress_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_module_progress_percent CHECK (percent BETWEEN 0 AND 100),
    INDEX ix_module_progress_patient (patient_id, module, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE notification_event (
    id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id         VARCHAR(64) NOT NULL,
    patient_id       BIGINT      NOT NULL,
    occurred_at      DATETIME(6) NOT NULL,
    notification_id  VARCHAR(64) NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    CONSTRAINT uk_notification_event_event UNIQUE (event_id),
    CONSTRAINT fk_notification_event_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_notification_kind CHECK (kind IN ('MOOD_REMINDER', 'ACTIVITY_REMINDER', 'MESSAGE_ALERT')),
    CONSTRAINT ck_notification_status CHECK (status IN ('SCHEDULED', 'DELIVERED', 'OPENED', 'DISMISSED')),
    INDEX ix_notification_event_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE login_event (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64) NOT NULL,
    patient_id   BIGINT      NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    success      BOOLEAN     NOT NULL,
    reason       VARCHAR(40) NULL,
    CONSTRAINT uk_login_event_event UNIQUE (event_id),
    CONSTRAINT fk_login_event_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    INDEX ix_login_event_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE diary_entry (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64)  NOT NULL,
    patient_id   BIGINT       NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    activity     VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    CONSTRAINT uk_diary_entry_event UNIQUE (event_id),
    CONSTRAINT fk_diary_entry_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_diary_entry_status CHECK (status IN ('PLANNED', 'COMPLETED')),
    INDEX ix_diary_entry_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

CREATE TABLE message (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id     VARCHAR(64)   NOT NULL,
    patient_id   BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    read_at      DATETIME(6)   NULL,
    CONSTRAINT uk_message_event UNIQUE (event_id),
    CONSTRAINT fk_message_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    INDEX ix_message_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

-- H01: a risk flag stays OPEN until a clinician records a review (who, when, note).
CREATE TABLE risk_flag (
    id                BIGINT        NOT NULL PRIMARY KEY,
    patient_id        BIGINT        NOT NULL,
    questionnaire_id  BIGINT        NULL,
    raised_at         DATETIME(6)   NOT NULL,
    reason            VARCHAR(200)  NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    reviewed_by       BIGINT        NULL,
    reviewed_at       DATETIME(6)   NULL,
    review_note       VARCHAR(2000) NULL,
    CONSTRAINT fk_risk_flag_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_risk_flag_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT fk_risk_flag_reviewer FOREIGN KEY (reviewed_by) REFERENCES staff_user (id),
    CONSTRAINT ck_risk_flag_status CHECK (status IN ('OPEN', 'REVIEWED')),
    CONSTRAINT ck_risk_flag_review CHECK (status = 'OPEN' OR
        (reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL AND review_note IS NOT NULL)),
    INDEX ix_risk_flag_patient (patient_id, status)
) ENGINE = InnoDB;

-- H13: append-only access audit. UPDATE and DELETE are refused by the database itself (triggers below).
CREATE TABLE audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    patient_id   BIGINT       NULL,
    action       VARCHAR(40)  NOT NULL,
    detail       VARCHAR(500) NULL,
    outcome      VARCHAR(10)  NOT NULL,
    INDEX ix_audit_event_patient (patient_id, occurred_at),
    INDEX ix_audit_event_time (occurred_at)
) ENGINE = InnoDB;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: UPDATE refused';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_event is append-only: DELETE refused';
