-- Issue 14: what extraction reads from vendor mail, kept on the requirement (ADR 0070).
--   excluded_work_authorizations  statuses the requirement refuses ("No OPT/CPT"); matching filters on them
--                                 as it does on work_authorizations (those accepted)
--   long_term                     the contract is called long term (with or without duration_months)
--   interview_modes               PHONE, VIDEO, IN_PERSON as the vendor states them
--   parties                       the vendor chain as the mail names it: vendor company, its contact (name, e-mail,
--                                 phone), implementation partner and prime vendor; client_name stays the end client.
--                                 Names as written, beside the links to companies and contacts (V9, issue 12).
--   requirement_skill.version     the version written with a skill ("Java 17", "Oracle 19c")
-- The tables keep their forced row-level security (V1); new columns inherit it.

ALTER TABLE requirement
  ADD COLUMN excluded_work_authorizations text[] NOT NULL DEFAULT '{}',
  ADD COLUMN long_term boolean NOT NULL DEFAULT false,
  ADD COLUMN interview_modes text[] NOT NULL DEFAULT '{}',
  ADD COLUMN parties jsonb,
  ADD CONSTRAINT requirement_interview_modes_known
    CHECK (interview_modes <@ ARRAY['PHONE', 'VIDEO', 'IN_PERSON']::text[]),
  ADD CONSTRAINT requirement_work_authorizations_disjoint
    CHECK (NOT (work_authorizations && excluded_work_authorizations)),
  ADD CONSTRAINT requirement_parties_is_object
    CHECK (parties IS NULL OR jsonb_typeof(parties) = 'object');

ALTER TABLE requirement_skill
  ADD COLUMN version text CHECK (version IS NULL OR length(version) <= 40);
