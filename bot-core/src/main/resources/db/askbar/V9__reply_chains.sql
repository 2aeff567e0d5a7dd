-- Which conversation a bot message belongs to, so a reply to it continues that conversation on any replica.
CREATE TABLE reply_chain (
    platform      text        NOT NULL,
    message_id    text        NOT NULL,
    conversation  text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, message_id)
);
CREATE INDEX reply_chain_created_at ON reply_chain (created_at);
COMMENT ON TABLE reply_chain IS 'Message id to conversation id, kept for a limited time';
