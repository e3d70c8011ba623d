-- PostgreSQL: TEXT for the event JSON, "C" collation for keys.
CREATE TABLE IF NOT EXISTS ${prefix}events (
    session_id      VARCHAR(255) COLLATE "C" NOT NULL,
    seq             BIGINT                   NOT NULL,
    event_type      VARCHAR(40)              NOT NULL,
    idempotency_key VARCHAR(255) COLLATE "C",
    occurred_at     VARCHAR(40)  COLLATE "C" NOT NULL,
    payload         TEXT                     NOT NULL,
    CONSTRAINT ${prefix}events_pk PRIMARY KEY (session_id, seq)
);

CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}events_idempotency_key ON ${prefix}events (session_id, idempotency_key);
