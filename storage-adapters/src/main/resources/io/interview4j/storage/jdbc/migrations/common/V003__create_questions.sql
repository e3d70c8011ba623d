-- A question bank (JdbcQuestionBank). List fields are JSON arrays of strings, as text.
CREATE TABLE IF NOT EXISTS ${prefix}questions (
    id                VARCHAR(255) NOT NULL,
    sort_order        BIGINT       NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    category          VARCHAR(255) NOT NULL,
    competency        VARCHAR(255) NOT NULL,
    difficulty        VARCHAR(10)  NOT NULL,
    skills            CLOB         NOT NULL,
    levels            CLOB         NOT NULL,
    roles             CLOB         NOT NULL,
    companies         CLOB         NOT NULL,
    question_text     CLOB         NOT NULL,
    key_points        CLOB         NOT NULL,
    reference_answer  CLOB         NOT NULL,
    follow_ups        CLOB         NOT NULL,
    suggested_seconds INTEGER      NOT NULL,
    CONSTRAINT ${prefix}questions_pk PRIMARY KEY (id)
);

CREATE INDEX IF NOT EXISTS ${prefix}questions_kind ON ${prefix}questions (kind, sort_order);
