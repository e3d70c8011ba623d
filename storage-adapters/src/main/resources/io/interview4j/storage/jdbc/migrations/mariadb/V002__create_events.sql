-- MariaDB/MySQL: LONGTEXT in utf8mb4 for the event JSON (emoji included).
CREATE TABLE IF NOT EXISTS ${prefix}events (
    session_id      VARCHAR(255) NOT NULL,
    seq             BIGINT       NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(255),
    occurred_at     VARCHAR(40)  NOT NULL,
    payload         LONGTEXT     NOT NULL,
    PRIMARY KEY (session_id, seq),
    UNIQUE KEY ${prefix}events_idempotency_key (session_id, idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
