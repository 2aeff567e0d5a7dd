-- AskBar's own state. Keys are stored only as fingerprints (first 12 hex of SHA-256) and masks, never whole.

CREATE TABLE audit_log (
    id             bigserial PRIMARY KEY,
    asked_at       timestamptz NOT NULL DEFAULT now(),
    platform       text        NOT NULL,
    asker          text        NOT NULL,
    conversation   text,
    question       text        NOT NULL,
    sql            text,
    row_count      integer,
    truncated      boolean,
    outcome        text        NOT NULL,
    error_code     text,
    error_message  text,
    provider       text,
    model          text,
    key_masked     text,
    sql_ms         integer,
    db_ms          integer,
    summary_ms     integer,
    total_ms       integer,
    feedback       smallint
);
CREATE INDEX audit_log_asked_at ON audit_log (asked_at);
CREATE INDEX audit_log_conversation ON audit_log (conversation, asked_at) WHERE conversation IS NOT NULL;

COMMENT ON TABLE audit_log IS 'Every question asked, answered or not';
COMMENT ON COLUMN audit_log.outcome IS 'answered, or failed with error_code';
COMMENT ON COLUMN audit_log.feedback IS '1 thumbs up, -1 thumbs down, null none';

CREATE TABLE key_state (
    provider     text        NOT NULL,
    fingerprint  text        NOT NULL,
    quota_group  text        NOT NULL,
    model        text        NOT NULL DEFAULT '',
    state        text        NOT NULL,
    reason       text,
    until        timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, fingerprint, model)
);
COMMENT ON TABLE key_state IS 'Cooling or disabled API keys, by fingerprint; model is empty when the state is per key';

CREATE TABLE key_usage (
    provider       text    NOT NULL,
    fingerprint    text    NOT NULL,
    day            date    NOT NULL,
    requests       integer NOT NULL DEFAULT 0,
    successes      integer NOT NULL DEFAULT 0,
    failures       integer NOT NULL DEFAULT 0,
    tokens_in      bigint  NOT NULL DEFAULT 0,
    tokens_out     bigint  NOT NULL DEFAULT 0,
    latency_ms_sum bigint  NOT NULL DEFAULT 0,
    last_error     text,
    PRIMARY KEY (provider, fingerprint, day)
);
