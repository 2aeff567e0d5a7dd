-- Several replicas share one key state: each row says which replica wrote it, so a replica can tell its own
-- changes from those it must apply, and every change is also announced on channel askbar_key_state.

ALTER TABLE key_state ADD COLUMN written_by text NOT NULL DEFAULT '';
COMMENT ON COLUMN key_state.written_by IS 'the replica (StateStore.replicaId) that wrote the row last';

-- What the last response of a quota group said is left of its per-minute token budget for one model, so
-- every replica skips a group that another replica has just nearly drained.
CREATE TABLE quota_budget (
    provider     text        NOT NULL,
    quota_group  text        NOT NULL,
    model        text        NOT NULL,
    tokens_left  integer     NOT NULL,
    resets_at    timestamptz NOT NULL,
    written_by   text        NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, quota_group, model)
);
COMMENT ON TABLE quota_budget IS 'Remaining tokens of a quota group for a model until resets_at, as the provider last said';
