-- Answers behind buttons ("Show SQL", "CSV", feedback), readable by every replica and after a restart.
-- body is the answer as gzip-compressed JSON; bytes is its length, for the archive's total-size bound.
CREATE TABLE answer_archive (
    id          text        PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    bytes       integer     NOT NULL,
    body        bytea       NOT NULL
);
CREATE INDEX answer_archive_created_at ON answer_archive (created_at);
COMMENT ON TABLE answer_archive IS 'Recent answers under short unguessable ids; oldest dropped beyond the byte bound or age';
