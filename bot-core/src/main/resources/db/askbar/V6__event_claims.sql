-- A chat event (Slack event or command id, Discord mention id) is answered by the first replica that claims it;
-- a retry or duplicate delivery to another replica finds the claim and is dropped.
CREATE TABLE event_claim (
    platform    text        NOT NULL,
    event_id    text        NOT NULL,
    claimed_by  text        NOT NULL,
    claimed_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (platform, event_id)
);
CREATE INDEX event_claim_expires_at ON event_claim (expires_at);
COMMENT ON TABLE event_claim IS 'Who answers a chat event; an expired claim may be taken again and is deleted by cleanup';
