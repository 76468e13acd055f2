-- Integrations of other systems (the digital programme). A token is shown once and stored only as
-- its SHA-256 hash: tokens are long random strings, so a fast hash is safe and keeps each API call cheap.
CREATE SEQUENCE integration_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE integration (
    id           BIGINT       NOT NULL PRIMARY KEY,
    name         VARCHAR(60)  NOT NULL,
    scopes       VARCHAR(300) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    token_hint   VARCHAR(12)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(60)  NOT NULL,
    rotated_at   DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(60)  NULL,
    CONSTRAINT uk_integration_name UNIQUE (name),
    CONSTRAINT uk_integration_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB;
