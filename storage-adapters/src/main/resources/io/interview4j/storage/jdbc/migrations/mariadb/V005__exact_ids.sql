-- MariaDB/MySQL: utf8mb4_bin is a PAD SPACE collation, so 'id' = 'id ' and the primary keys treat them as one.
-- Binary strings compare byte by byte with no padding (and UTF-8 byte order is code point order), so every id
-- column becomes VARBINARY: 1020 bytes hold the 255 characters allowed. Existing values keep their bytes.
-- MODIFY is repeatable, so a rerun after a failure half-way completes the script.
ALTER TABLE ${prefix}sessions
    MODIFY id              VARBINARY(1020) NOT NULL,
    MODIFY candidate_id    VARBINARY(1020) NOT NULL,
    MODIFY owner_id        VARBINARY(1020),
    MODIFY organisation_id VARBINARY(1020);

ALTER TABLE ${prefix}events
    MODIFY session_id      VARBINARY(1020) NOT NULL,
    MODIFY idempotency_key VARBINARY(1020);

ALTER TABLE ${prefix}questions
    MODIFY id              VARBINARY(1020) NOT NULL;
