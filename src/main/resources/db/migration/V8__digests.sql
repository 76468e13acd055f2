-- Pre-session digests (clinical.md §6): one immutable row per appointment and version. The unique key
-- is what decides between two builds of the same version running at once; the loser stores nothing.
CREATE TABLE digest (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    appointment_id    BIGINT      NOT NULL,
    patient_id        BIGINT      NOT NULL,
    version           INT         NOT NULL,
    built_at          DATETIME(6) NOT NULL,
    since_at          DATETIME(6) NOT NULL,
    until_at          DATETIME(6) NOT NULL,
    input_fingerprint CHAR(64)    NOT NULL,
    content           MEDIUMTEXT  NOT NULL,
    CONSTRAINT uk_digest_appointment_version UNIQUE (appointment_id, version),
    CONSTRAINT fk_digest_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_digest_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_digest_version CHECK (version >= 1),
    INDEX ix_digest_patient (patient_id)
) ENGINE = InnoDB;
-- "latest per appointment" is served by the unique key (appointment_id, version): ORDER BY version DESC
-- LIMIT 1; a patient's newest digest is found through their appointments (the appointment is what a
-- digest belongs to, H02), at a handful of appointments per episode.

-- A digest is re-read exactly as it was shown (clinical.md §6): the database refuses changes.
CREATE TRIGGER digest_no_update BEFORE UPDATE ON digest FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'digest is immutable: UPDATE refused';

CREATE TRIGGER digest_no_delete BEFORE DELETE ON digest FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'digest is immutable: DELETE refused';
