-- MariaDB/MySQL: InnoDB, utf8mb4 with binary collation (ids are case-sensitive and compare by code point),
-- indexes declared inline because MySQL has no CREATE INDEX IF NOT EXISTS.
CREATE TABLE IF NOT EXISTS ${prefix}sessions (
    id              VARCHAR(255)     NOT NULL,
    candidate_id    VARCHAR(255)     NOT NULL,
    owner_id        VARCHAR(255),
    organisation_id VARCHAR(255),
    preset          VARCHAR(255)     NOT NULL,
    status          VARCHAR(20)      NOT NULL,
    version         BIGINT           NOT NULL,
    started_at      VARCHAR(40)      NOT NULL,
    updated_at      VARCHAR(40)      NOT NULL,
    overall_score   DOUBLE,
    PRIMARY KEY (id),
    INDEX ${prefix}sessions_candidate (candidate_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
