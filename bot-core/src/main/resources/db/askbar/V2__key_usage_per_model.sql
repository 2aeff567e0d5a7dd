-- Groq and Gemini limits are per model, so usage is counted per key, model and day.
-- A sample of recent latencies (not only their sum) lets the admin view show a median.

ALTER TABLE key_usage ADD COLUMN model text NOT NULL DEFAULT '';
ALTER TABLE key_usage ADD COLUMN latencies_ms integer[] NOT NULL DEFAULT '{}';
ALTER TABLE key_usage DROP CONSTRAINT key_usage_pkey;
ALTER TABLE key_usage ADD PRIMARY KEY (provider, fingerprint, model, day);

COMMENT ON TABLE key_usage IS 'Per key (by fingerprint), model and UTC day: requests, outcomes, tokens, latency';
COMMENT ON COLUMN key_usage.latencies_ms IS 'Latencies of the most recent successful calls that day (at most 101), for a median';
