-- PostgreSQL: TEXT for long and JSON columns.
CREATE TABLE IF NOT EXISTS ${prefix}questions (
    id                VARCHAR(255) COLLATE "C" NOT NULL,
    sort_order        BIGINT       NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    category          VARCHAR(255) NOT NULL,
    competency        VARCHAR(255) NOT NULL,
    difficulty        VARCHAR(10)  NOT NULL,
    skills            TEXT         NOT NULL,
    levels            TEXT         NOT NULL,
    roles             TEXT         NOT NULL,
    companies         TEXT         NOT NULL,
    question_text     TEXT         NOT NULL,
    key_points        TEXT         NOT NULL,
    reference_answer  TEXT         NOT NULL,
    follow_ups        TEXT         NOT NULL,
    suggested_seconds INTEGER      NOT NULL,
    CONSTRAINT ${prefix}questions_pk PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS ${prefix}questions_kind ON ${prefix}questions (kind, sort_order);
