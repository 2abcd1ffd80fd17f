-- Submission drafts and AI drafting (issue 15 item 3, ADRs 0101-0102). A SUBMISSION draft is the mail
-- to the submission's vendor contact with the signed RTR attached: rtr_id names that RTR (the attachment
-- is its recorded document, read when the mail is sent), attachment_name is the file name the recruiter
-- saw on the draft. generator_note says why an AI draft fell back to the template.
-- outreach_draft keeps its forced row-level security (V13); new columns need no new policy.
ALTER TABLE outreach_draft
  ADD COLUMN rtr_id          uuid,
  ADD COLUMN attachment_name text CHECK (char_length(attachment_name) <= 200),
  ADD COLUMN generator_note  text CHECK (char_length(generator_note) <= 500);

-- A submission draft names its recipient and carries its RTR; a hot list draft has neither.
ALTER TABLE outreach_draft ADD CONSTRAINT outreach_draft_submission_parts CHECK (
  kind = 'HOT_LIST' AND rtr_id IS NULL
  OR kind = 'SUBMISSION' AND contact_id IS NOT NULL AND rtr_id IS NOT NULL AND attachment_name IS NOT NULL);

CREATE INDEX outreach_draft_by_submission ON outreach_draft (tenant_id, submission_id, id DESC)
  WHERE submission_id IS NOT NULL;
