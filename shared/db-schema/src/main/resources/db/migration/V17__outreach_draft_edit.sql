-- Editing a draft before approval (ADR 0105): who last edited its subject or text, and when. Both null
-- until an edit; an edit bumps version and updated_at as any change does. outreach_draft keeps its forced
-- row-level security (V13); new columns need no new policy.
ALTER TABLE outreach_draft
  ADD COLUMN edited_by text CHECK (char_length(edited_by) <= 320),
  ADD COLUMN edited_at timestamptz,
  ADD CONSTRAINT outreach_draft_edited_pair CHECK ((edited_by IS NULL) = (edited_at IS NULL));
