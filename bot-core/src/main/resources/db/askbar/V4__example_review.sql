-- Learning needs an admin: a thumbs-up only proposes an example; only examples an admin approved reach prompts.
ALTER TABLE verified_examples
    ADD COLUMN status      text NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected')),
    ADD COLUMN reviewed_by text,
    ADD COLUMN reviewed_at timestamptz;

-- Examples that came from feedback before review existed were never approved by anyone: they wait for review.
UPDATE verified_examples SET status = 'pending' WHERE source = 'feedback';
-- Examples an admin stored are approved by that admin.
UPDATE verified_examples SET reviewed_by = created_by, reviewed_at = created_at WHERE status = 'approved';

ALTER TABLE verified_examples ALTER COLUMN status SET DEFAULT 'pending';
CREATE INDEX verified_examples_status ON verified_examples (status, id DESC);

COMMENT ON COLUMN verified_examples.status IS 'pending (proposed by a thumbs-up), approved (shown to the model) or rejected';
COMMENT ON COLUMN verified_examples.reviewed_by IS 'the admin who approved or rejected it';
COMMENT ON COLUMN verified_examples.reviewed_at IS 'when it was approved or rejected';
