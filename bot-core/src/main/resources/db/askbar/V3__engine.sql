-- SQL written for a question, reused while the schema is unchanged and the entry is fresh.
CREATE TABLE sql_cache (
    question_key        text        NOT NULL,
    schema_fingerprint  text        NOT NULL,
    sql                 text        NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    hits                integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (question_key, schema_fingerprint)
);
COMMENT ON COLUMN sql_cache.question_key IS 'the question lower-cased with whitespace and end punctuation normalised';

-- Question and SQL pairs the engine shows the model as examples: stored by admins or marked good by users.
CREATE TABLE verified_examples (
    id          bigserial   PRIMARY KEY,
    question    text        NOT NULL,
    sql         text        NOT NULL,
    source      text        NOT NULL CHECK (source IN ('admin', 'feedback')),
    created_by  text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (question, sql)
);
