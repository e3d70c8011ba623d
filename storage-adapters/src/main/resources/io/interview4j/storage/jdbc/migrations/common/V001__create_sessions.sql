-- One row per session, kept in step with its events by every append, for listing without reading events.
-- Times are fixed-width ISO-8601 UTC text with nanoseconds (2026-03-01T09:00:00.000000000Z): exact as the
-- events hold them, ordered correctly as text, readable, and the same on every database.
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
    overall_score   DOUBLE PRECISION,
    CONSTRAINT ${prefix}sessions_pk PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS ${prefix}sessions_candidate ON ${prefix}sessions (candidate_id, started_at);
