-- The navigator's data summaries for the PWP (clinical.md section 5, issue #6). One row per publish,
-- never changed: publishing again adds a row, and the newest is the patient's current summary. The
-- generated facts are frozen as JSON at publish time, so the PWP reads exactly what the navigator saw
-- when writing their words, whatever data arrive later.
CREATE TABLE data_summary (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id   BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    period_from  DATE          NOT NULL,
    period_to    DATE          NOT NULL,
    facts_json   TEXT          NOT NULL,
    words        VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_data_summary_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_data_summary_author FOREIGN KEY (author_id) REFERENCES staff_user (id),
    CONSTRAINT ck_data_summary_period CHECK (period_from <= period_to),
    CONSTRAINT ck_data_summary_words CHECK (CHAR_LENGTH(TRIM(words)) >= 10),
    INDEX ix_data_summary_patient (patient_id, created_at)
) ENGINE = InnoDB;

-- Immutable once published. DELETE is not refused: no application path deletes, and the demo reseed
-- (DemoWipe, which deletes every application table it finds in the schema) must be able to empty it.
CREATE TRIGGER data_summary_no_update BEFORE UPDATE ON data_summary FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'data_summary is immutable: UPDATE refused';
