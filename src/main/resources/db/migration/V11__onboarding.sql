-- The navigator's onboarding checklist (clinical.md section 5), per patient. A row in onboarding_step
-- is a ticked step: who ticked it and when, with an optional note (the digital-skills step needs one).
-- Unticking deletes the row; the audit log keeps who did what. The step names repeat OnboardingStep.
CREATE TABLE onboarding_step (
    patient_id  BIGINT        NOT NULL,
    step        VARCHAR(30)   NOT NULL,
    ticked_by   BIGINT        NOT NULL,
    ticked_at   DATETIME(6)   NOT NULL,
    note        VARCHAR(1000) NULL,
    PRIMARY KEY (patient_id, step),
    CONSTRAINT fk_onboarding_step_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_onboarding_step_staff FOREIGN KEY (ticked_by) REFERENCES staff_user (id),
    CONSTRAINT ck_onboarding_step_step CHECK (step IN ('ACCOUNT_CREATED', 'APP_INSTALLED', 'FIRST_LOGIN',
        'NOTIFICATION_TEST', 'REMINDER_SCHEDULE', 'FIRST_MOOD_RATING', 'DIGITAL_SKILLS')),
    CONSTRAINT ck_onboarding_step_note CHECK (step <> 'DIGITAL_SKILLS' OR (note IS NOT NULL AND TRIM(note) <> ''))
) ENGINE = InnoDB;

-- "Ready for blended sessions": at most one mark per patient, set only when all seven steps are
-- ticked (checked by the service in the same transaction); unticking a step deletes the mark.
CREATE TABLE onboarding_ready (
    patient_id  BIGINT      NOT NULL PRIMARY KEY,
    marked_by   BIGINT      NOT NULL,
    marked_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_onboarding_ready_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_onboarding_ready_staff FOREIGN KEY (marked_by) REFERENCES staff_user (id)
) ENGINE = InnoDB;
