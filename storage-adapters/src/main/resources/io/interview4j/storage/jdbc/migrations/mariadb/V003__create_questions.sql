-- MariaDB/MySQL: LONGTEXT in utf8mb4 for long and JSON columns.
CREATE TABLE IF NOT EXISTS ${prefix}questions (
    id                VARCHAR(255) NOT NULL,
    sort_order        BIGINT       NOT NULL,
    kind              VARCHAR(40)  NOT NULL,
    category          VARCHAR(255) NOT NULL,
    competency        VARCHAR(255) NOT NULL,
    difficulty        VARCHAR(10)  NOT NULL,
    skills            LONGTEXT     NOT NULL,
    levels            LONGTEXT     NOT NULL,
    roles             LONGTEXT     NOT NULL,
    companies         LONGTEXT     NOT NULL,
    question_text     LONGTEXT     NOT NULL,
    key_points        LONGTEXT     NOT NULL,
    reference_answer  LONGTEXT     NOT NULL,
    follow_ups        LONGTEXT     NOT NULL,
    suggested_seconds INTEGER      NOT NULL,
    PRIMARY KEY (id),
    INDEX ${prefix}questions_kind (kind, sort_order)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
