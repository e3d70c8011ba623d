-- PostgreSQL: ids and times in the "C" collation, so that they compare by code point as in every other store.
CREATE TABLE IF NOT EXISTS ${prefix}sessions (
    id              VARCHAR(255) COLLATE "C" NOT NULL,
    candidate_id    VARCHAR(255) COLLATE "C" NOT NULL,
    owner_id        VARCHAR(255) COLLATE "C",
    organisation_id VARCHAR(255) COLLATE "C",
    preset          VARCHAR(255)             NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    version         BIGINT                   NOT NULL,
    started_at      VARCHAR(40)  COLLATE "C" NOT NULL,
    updated_at      VARCHAR(40)  COLLATE "C" NOT NULL,
    overall_score   DOUBLE PRECISION,
    CONSTRAINT ${prefix}sessions_pk PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS ${prefix}sessions_candidate ON ${prefix}sessions (candidate_id, started_at);
