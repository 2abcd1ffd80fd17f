-- The submission pipeline (issue 12, part B): submissions from DRAFT to PLACED with their status
-- history, interviews, offers, placements, the consultant's right to represent (RTR), the tenant's
-- workflow policy (RTR required, duplicate window, margin floor, W2 burden), the indexes the KPIs
-- need, and a view joining every recommendation to the outcome of its submission (calibration).
-- Every new table is tenant-owned: tenant_id, the tenant policy (ENABLE + FORCE) and grants to
-- ${app_role}. The submission table exists since V1 but nothing wrote it: its statuses change here.

ALTER TABLE submission DROP CONSTRAINT submission_status_check;
ALTER TABLE submission DROP COLUMN submitted_rate;
ALTER TABLE submission
  ADD CONSTRAINT submission_status_check CHECK (status IN ('DRAFT', 'SUBMITTED', 'CLIENT_SUBMITTED', 'INTERVIEWING',
                                                           'OFFERED', 'PLACED', 'REJECTED', 'WITHDRAWN', 'ON_HOLD')),
  ADD COLUMN vendor_company_id    uuid,
  ADD COLUMN vendor_contact_id    uuid,
  ADD COLUMN recommendation_id    uuid,
  ADD COLUMN bill_amount          numeric(12, 2),
  ADD COLUMN bill_currency        text,
  ADD COLUMN bill_unit            text CHECK (bill_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  ADD COLUMN pay_amount           numeric(12, 2),
  ADD COLUMN pay_currency         text,
  ADD COLUMN pay_unit             text CHECK (pay_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  ADD COLUMN employment_type      text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  ADD COLUMN notes                text CHECK (char_length(notes) <= 4000),
  -- why it was rejected, withdrawn or put on hold (the latest such change)
  ADD COLUMN status_reason        text CHECK (char_length(status_reason) <= 1000),
  -- ON_HOLD only: the status it returns to
  ADD COLUMN held_from            text CHECK (held_from IN ('DRAFT', 'SUBMITTED', 'CLIENT_SUBMITTED', 'INTERVIEWING', 'OFFERED')),
  ADD COLUMN created_by           text,
  ADD COLUMN rtr_id               uuid,
  ADD COLUMN duplicate_override   text CHECK (char_length(duplicate_override) <= 1000),
  ADD COLUMN margin_override      text CHECK (char_length(margin_override) <= 1000),
  -- the margin of the offered rates, per hour in the bill currency, with the tenant's W2 burden
  ADD COLUMN margin_hourly        numeric(12, 4),
  ADD COLUMN margin_percent       numeric(9, 4),
  -- when each stage was first reached (the KPIs read these, not the history)
  ADD COLUMN submitted_at         timestamptz,
  ADD COLUMN client_submitted_at  timestamptz,
  ADD COLUMN interviewing_at      timestamptz,
  ADD COLUMN offered_at           timestamptz,
  ADD COLUMN placed_at            timestamptz,
  ADD COLUMN closed_at            timestamptz,   -- REJECTED or WITHDRAWN
  ADD COLUMN status_changed_at    timestamptz,
  ADD CONSTRAINT submission_bill_currency_check CHECK (bill_currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT submission_pay_currency_check CHECK (pay_currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT submission_held_check CHECK ((status = 'ON_HOLD') = (held_from IS NOT NULL)),
  ADD FOREIGN KEY (tenant_id, vendor_company_id) REFERENCES company (tenant_id, id) ON DELETE SET NULL (vendor_company_id),
  ADD FOREIGN KEY (tenant_id, vendor_contact_id) REFERENCES contact (tenant_id, id) ON DELETE SET NULL (vendor_contact_id),
  ADD FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE SET NULL (recommendation_id);

-- The duplicate guard reads a consultant's submissions in the window (submission_by_consultant, V4);
-- the KPIs read submissions by submit time and by requirement.
-- covering: the funnel, the groups and the vendor scorecards of a period are index-only scans
CREATE INDEX submission_by_submitted ON submission (tenant_id, submitted_at)
  INCLUDE (client_submitted_at, interviewing_at, offered_at, placed_at, closed_at, status, vendor_company_id, requirement_id, created_by)
  WHERE submitted_at IS NOT NULL;
CREATE INDEX submission_by_requirement ON submission (tenant_id, requirement_id, submitted_at);
CREATE INDEX submission_by_status ON submission (tenant_id, status, id);
CREATE INDEX submission_by_recommendation ON submission (tenant_id, recommendation_id) WHERE recommendation_id IS NOT NULL;
CREATE INDEX requirement_by_created ON requirement (tenant_id, created_at);

-- Every status change of a submission, in order: the audit trail a board shows, and what a
-- webhook consumer can reconcile against.
CREATE TABLE submission_status_change (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  id             uuid NOT NULL,
  submission_id  uuid NOT NULL,
  from_status    text,
  to_status      text NOT NULL,
  reason         text CHECK (char_length(reason) <= 1000),
  actor_id       text NOT NULL,
  at             timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES submission (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX submission_status_change_by_submission ON submission_status_change (tenant_id, submission_id, id);

-- Interview rounds of a submission. starts_at is the instant; time_zone (IANA) is the zone the
-- interview was scheduled in, so the local time can be shown and put in the .ics file.
CREATE TABLE interview (
  tenant_id         uuid NOT NULL REFERENCES tenant (id),
  id                uuid NOT NULL,
  submission_id     uuid NOT NULL,
  round             int NOT NULL CHECK (round BETWEEN 1 AND 20),
  starts_at         timestamptz NOT NULL,
  time_zone         text NOT NULL,
  duration_minutes  int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 600),
  mode              text NOT NULL CHECK (mode IN ('PHONE', 'VIDEO', 'ONSITE')),
  interviewer       text CHECK (char_length(interviewer) <= 200),
  location          text CHECK (char_length(location) <= 500),
  outcome           text NOT NULL DEFAULT 'SCHEDULED' CHECK (outcome IN ('SCHEDULED', 'PASSED', 'FAILED', 'NO_SHOW', 'CANCELLED')),
  feedback          text CHECK (char_length(feedback) <= 4000),
  version           bigint NOT NULL DEFAULT 1,
  created_by        text NOT NULL,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT interview_round_key UNIQUE (tenant_id, submission_id, round),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES submission (tenant_id, id) ON DELETE CASCADE
);

-- Offers made on a submission (the latest counts).
CREATE TABLE offer (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  submission_id    uuid NOT NULL,
  amount           numeric(12, 2) NOT NULL CHECK (amount > 0),
  currency         text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  unit             text NOT NULL CHECK (unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  employment_type  text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  start_date       date NOT NULL,
  expires_on       date,
  status           text NOT NULL DEFAULT 'EXTENDED' CHECK (status IN ('EXTENDED', 'ACCEPTED', 'DECLINED')),
  notes            text CHECK (char_length(notes) <= 4000),
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES submission (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX offer_by_submission ON offer (tenant_id, submission_id, id);

-- The placement a submission ended in: one per submission. The hourly figures are computed when it
-- is made (units and employment type normalized, the tenant's W2 burden of that day), so the KPIs
-- add numbers instead of re-deriving them.
CREATE TABLE placement (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  submission_id    uuid NOT NULL,
  consultant_id    uuid NOT NULL,
  requirement_id   uuid NOT NULL,
  start_date       date NOT NULL,
  end_date         date,
  bill_amount      numeric(12, 2) NOT NULL,
  bill_currency    text NOT NULL CHECK (bill_currency ~ '^[A-Z]{3}$'),
  bill_unit        text NOT NULL CHECK (bill_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  pay_amount       numeric(12, 2) NOT NULL,
  pay_currency     text NOT NULL CHECK (pay_currency ~ '^[A-Z]{3}$'),
  pay_unit         text NOT NULL CHECK (pay_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  employment_type  text NOT NULL CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  bill_hourly      numeric(12, 4) NOT NULL,
  cost_hourly      numeric(12, 4) NOT NULL,
  margin_hourly    numeric(12, 4) NOT NULL,
  margin_percent   numeric(9, 4) NOT NULL,
  margin_override  text CHECK (char_length(margin_override) <= 1000),
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT placement_submission_key UNIQUE (tenant_id, submission_id),
  CONSTRAINT placement_dates_check CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT placement_currency_check CHECK (bill_currency = pay_currency),
  FOREIGN KEY (tenant_id, submission_id) REFERENCES submission (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX placement_by_created ON placement (tenant_id, created_at);
CREATE INDEX placement_by_consultant ON placement (tenant_id, consultant_id, start_date);
CREATE INDEX placement_by_requirement ON placement (tenant_id, requirement_id);

-- Right to represent: the consultant's consent that this firm submits them, for one requirement
-- through one vendor, at a rate, until it expires (or is revoked). The signed document's text is
-- kept with its SHA-256 (what the consultant signed can be proven later).
CREATE TABLE rtr (
  tenant_id          uuid NOT NULL REFERENCES tenant (id),
  id                 uuid NOT NULL,
  consultant_id      uuid NOT NULL,
  requirement_id     uuid NOT NULL,
  vendor_company_id  uuid NOT NULL,
  vendor_contact_id  uuid,
  consented_at       timestamptz NOT NULL,
  expires_at         timestamptz NOT NULL,
  rate_amount        numeric(12, 2),
  rate_currency      text CHECK (rate_currency ~ '^[A-Z]{3}$'),
  rate_unit          text CHECK (rate_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  employment_type    text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  document_name      text CHECK (char_length(document_name) <= 200),
  document_text      text NOT NULL CHECK (char_length(document_text) BETWEEN 1 AND 100000),
  document_sha256    text NOT NULL,
  revoked_at         timestamptz,
  revoked_reason     text CHECK (char_length(revoked_reason) <= 1000),
  created_by         text NOT NULL,
  created_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT rtr_period_check CHECK (expires_at > consented_at),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, vendor_company_id) REFERENCES company (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, vendor_contact_id) REFERENCES contact (tenant_id, id) ON DELETE SET NULL (vendor_contact_id)
);
CREATE INDEX rtr_by_pair ON rtr (tenant_id, consultant_id, requirement_id, vendor_company_id);
ALTER TABLE submission
  ADD FOREIGN KEY (tenant_id, rtr_id) REFERENCES rtr (tenant_id, id) ON DELETE SET NULL (rtr_id);

-- The tenant's workflow policy; a tenant without a row has the defaults (WorkflowSettings.DEFAULT).
CREATE TABLE workflow_settings (
  tenant_id              uuid NOT NULL REFERENCES tenant (id),
  rtr_required           boolean NOT NULL,
  duplicate_window_days  int NOT NULL CHECK (duplicate_window_days BETWEEN 0 AND 730),
  margin_floor_percent   numeric(5, 2) NOT NULL CHECK (margin_floor_percent BETWEEN -100 AND 100),
  w2_burden_percent      numeric(5, 2) NOT NULL CHECK (w2_burden_percent BETWEEN 0 AND 100),
  version                bigint NOT NULL,
  updated_by             text NOT NULL,
  updated_at             timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['submission_status_change', 'interview', 'offer', 'placement', 'rtr', 'workflow_settings']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON interview, offer, placement, rtr, workflow_settings TO ${app_role};
-- the status history is append-only, like the audit log
GRANT SELECT, INSERT ON submission_status_change TO ${app_role};

-- Every recommendation with the outcome of the consultant's submission to that requirement (if
-- any): the labels a calibration of successProbability trains on. security_invoker: the caller's
-- row-level security applies, so a tenant sees only its own rows.
CREATE VIEW recommendation_outcome WITH (security_invoker = true) AS
SELECT r.tenant_id,
       r.id                  AS recommendation_id,
       r.match_run_id,
       r.requirement_id,
       r.consultant_id,
       r.rank,
       r.match_score,
       r.success_probability,
       r.calibrated,
       r.model_version,
       r.factors,
       m.created_at          AS recommended_at,
       s.id                  AS submission_id,
       (s.recommendation_id = r.id) AS submitted_from_recommendation,
       s.status              AS submission_status,
       s.submitted_at,
       s.interviewing_at,
       s.offered_at,
       s.placed_at,
       s.closed_at,
       CASE
         WHEN s.id IS NULL OR s.submitted_at IS NULL THEN 'NOT_SUBMITTED'
         WHEN s.placed_at IS NOT NULL THEN 'PLACED'
         WHEN s.status IN ('REJECTED', 'WITHDRAWN') THEN s.status
         ELSE 'OPEN'
       END                   AS outcome
FROM recommendation r
JOIN match_run m ON m.tenant_id = r.tenant_id AND m.id = r.match_run_id
LEFT JOIN submission s ON s.tenant_id = r.tenant_id AND s.requirement_id = r.requirement_id AND s.consultant_id = r.consultant_id;

GRANT SELECT ON recommendation_outcome TO ${app_role};
