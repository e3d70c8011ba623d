-- SQLite: TEXT for the event JSON (SQLite has no length limits on TEXT).
CREATE TABLE IF NOT EXISTS ${prefix}events (
    session_id      TEXT    NOT NULL,
    seq             INTEGER NOT NULL,
    event_type      TEXT    NOT NULL,
    idempotency_key TEXT,
    occurred_at     TEXT    NOT NULL,
    payload         TEXT    NOT NULL,
    CONSTRAINT ${prefix}events_pk PRIMARY KEY (session_id, seq)
);

CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}events_idempotency_key ON ${prefix}events (session_id, idempotency_key);
