-- Per-asker limits that hold across replicas.

-- Times of the asker's questions within the last window (at most the limit's N entries).
CREATE TABLE asker_rate (
    platform  text          NOT NULL,
    asker     text          NOT NULL,
    asked     timestamptz[] NOT NULL,
    PRIMARY KEY (platform, asker)
);
COMMENT ON TABLE asker_rate IS 'Recent question times per asker, for the questions-per-minute limit';

-- One row per question being answered; slot runs from 0 to the cap - 1, so the cap is a primary key.
-- A replica renews the leases of its questions; a replica that dies stops renewing and its slots expire.
CREATE TABLE asker_in_flight (
    platform    text        NOT NULL,
    asker       text        NOT NULL,
    slot        smallint    NOT NULL,
    permit      text        NOT NULL UNIQUE,
    held_by     text        NOT NULL,
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, asker, slot)
);
COMMENT ON TABLE asker_in_flight IS 'Questions in flight per asker; a slot whose lease expired is free';
