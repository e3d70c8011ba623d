-- A session's events in order: seq runs from 1 and equals the session's version after the event.
-- The primary key is the backstop of optimistic concurrency: two writers can never store the same seq.
-- idempotency_key holds the idempotency key of AnswerSubmitted events only; it is unique within a session.
CREATE TABLE IF NOT EXISTS ${prefix}events (
    session_id      VARCHAR(255) NOT NULL,
    seq             BIGINT       NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(255),
    occurred_at     VARCHAR(40)  NOT NULL,
    payload         CLOB         NOT NULL,
    CONSTRAINT ${prefix}events_pk PRIMARY KEY (session_id, seq)
);

CREATE UNIQUE INDEX IF NOT EXISTS ${prefix}events_idempotency_key ON ${prefix}events (session_id, idempotency_key);
