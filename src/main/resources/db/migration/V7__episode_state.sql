-- Episode state: a read model of each episode's outcome state, computed in Java by OutcomeRules
-- (clinical.md section 2, the one implementation: H04) and stored, so lazy grids and the service-wide
-- supervision list can filter and sort by live status in SQL without restating the rules here.
-- Kept current in the same transaction as the change it follows (new scores, a restage, a discharge):
-- the data and the state commit together or not at all. stage is EpisodeStage.of(...) of the
-- episode's dates, stored for the same reason. *_change is NULL when the measure has no pair
-- (no change can be computed from one score), never 0.
CREATE TABLE episode_state (
    episode_id         BIGINT      NOT NULL PRIMARY KEY,
    stage              VARCHAR(20) NOT NULL,
    live_status        VARCHAR(30) NOT NULL,
    attended_sessions  INT         NOT NULL,
    phq9_first         TINYINT     NULL,
    phq9_latest        TINYINT     NULL,
    phq9_change        TINYINT     NULL,
    phq9_latest_at     DATETIME(6) NULL,
    gad7_first         TINYINT     NULL,
    gad7_latest        TINYINT     NULL,
    gad7_change        TINYINT     NULL,
    gad7_latest_at     DATETIME(6) NULL,
    computed_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_episode_state_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
    CONSTRAINT ck_episode_state_stage CHECK (stage IN ('WAITING', 'ASSESSED', 'IN_TREATMENT', 'DISCHARGED',
        'DROPPED_OUT')),
    CONSTRAINT ck_episode_state_status CHECK (live_status IN ('INSUFFICIENT_DATA', 'RELIABLY_DETERIORATED',
        'ON_TRACK', 'NOT_IMPROVING_BY_SESSION_4', 'NO_RELIABLE_CHANGE')),
    INDEX ix_episode_state_status (live_status)
) ENGINE = InnoDB;
