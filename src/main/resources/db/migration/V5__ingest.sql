-- Programme events as received through POST /api/v1/events (issue #3), the raw store behind
-- idempotent ingest (H08). An event id is the sending integration's: unique per integration, so
-- the unique key (integration_id, event_id) is what makes two concurrent deliveries of one event
-- store it once. event_id is ASCII with a binary no-pad collation: "ev-1", "EV-1" and "ev-1 " are
-- three different ids, exactly as the ingest code (which compares Java strings) sees them.
-- content_hash is the SHA-256 of the event's canonical JSON (keys sorted, no whitespace): a retry
-- with the same content is a DUPLICATE, the same id with other content a conflict.
CREATE TABLE programme_event (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    integration_id  BIGINT      NOT NULL,
    event_id        VARCHAR(64) CHARACTER SET ascii COLLATE ascii_nopad_bin NOT NULL,
    patient_id      BIGINT      NOT NULL,
    type            VARCHAR(20) NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    content_hash    CHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    received_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_programme_event_integration_event UNIQUE (integration_id, event_id),
    CONSTRAINT fk_programme_event_integration FOREIGN KEY (integration_id) REFERENCES integration (id),
    CONSTRAINT fk_programme_event_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_programme_event_type CHECK (type IN ('MOOD', 'QUESTIONNAIRE', 'LOGIN', 'MODULE_PROGRESS',
        'NOTIFICATION', 'DIARY', 'MESSAGE')),
    INDEX ix_programme_event_patient (patient_id, occurred_at)
) ENGINE = InnoDB;

-- The fact tables of V1 keyed event_id globally. Ids are now unique per integration (above), so
-- the global unique keys go (an index stays for look-ups by the programme's id) and each fact
-- points at the raw event it came from, at most once. Rows the demo generator writes have no raw
-- event: source_event_id is NULL for them (a UNIQUE key allows many NULLs).
ALTER TABLE questionnaire
    DROP INDEX uk_questionnaire_event,
    ADD INDEX ix_questionnaire_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_questionnaire_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_questionnaire_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE mood_rating
    DROP INDEX uk_mood_rating_event,
    ADD INDEX ix_mood_rating_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_mood_rating_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_mood_rating_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE module_progress
    DROP INDEX uk_module_progress_event,
    ADD INDEX ix_module_progress_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_module_progress_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_module_progress_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE notification_event
    DROP INDEX uk_notification_event_event,
    ADD INDEX ix_notification_event_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_notification_event_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_notification_event_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE login_event
    DROP INDEX uk_login_event_event,
    ADD INDEX ix_login_event_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_login_event_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_login_event_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE diary_entry
    DROP INDEX uk_diary_entry_event,
    ADD INDEX ix_diary_entry_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_diary_entry_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_diary_entry_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);

ALTER TABLE message
    DROP INDEX uk_message_event,
    ADD INDEX ix_message_event (event_id),
    ADD COLUMN source_event_id BIGINT NULL,
    ADD CONSTRAINT uk_message_source_event UNIQUE (source_event_id),
    ADD CONSTRAINT fk_message_source_event FOREIGN KEY (source_event_id) REFERENCES programme_event (id);
