-- The bench-sales workflow, part A (issue 12, items 1, 6, 7): companies and contacts brought to
-- life (they were dead schema since V1), the vendor chain of a requirement and the provenance of
-- each vendor mail, activities, tags and consultant documents, work authorization over time.
-- Runs as the owner role; ${app_role} is the functions' role. Every new table is tenant-owned and
-- gets the tenant policy (ENABLE + FORCE row-level security on app.tenant_id) and its grants.

-- ----------------------------------------------------------------------------------------------
-- Companies: one row per firm, with every role it plays for the tenant (a firm can be a vendor on
-- one requirement and an implementation partner on another). Deduped per tenant by the normalized
-- name (legal suffixes dropped, case and punctuation folded: CompanyNames in the core) and by the
-- mail domain (kept in lower case; free-mail domains are never stored as a company's domain).
ALTER TABLE company DROP CONSTRAINT company_name_key;
ALTER TABLE company DROP COLUMN kind;
ALTER TABLE company
  ADD COLUMN kinds       text[] NOT NULL DEFAULT '{}'
      CONSTRAINT company_kinds_check CHECK (kinds <@ ARRAY['VENDOR', 'IMPLEMENTATION_PARTNER', 'PRIME_VENDOR', 'END_CLIENT']::text[]),
  ADD COLUMN website     text,
  ADD COLUMN phone       text,
  ADD COLUMN notes       text,
  ADD COLUMN version     bigint NOT NULL DEFAULT 1,
  ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now();
ALTER TABLE company ADD CONSTRAINT company_name_key UNIQUE (tenant_id, normalized_name);
ALTER TABLE company ADD CONSTRAINT company_domain_lower CHECK (domain IS NULL OR domain = lower(domain));
CREATE UNIQUE INDEX company_domain_key ON company (tenant_id, domain) WHERE domain IS NOT NULL;
CREATE INDEX company_by_kind ON company USING gin (kinds);

-- Contacts: a person at a company (the vendor's recruiter, the client's manager). Deduped per
-- tenant by e-mail (contact_email_key, since V1). Deleting the company keeps the contact.
ALTER TABLE contact
  ADD COLUMN notes       text,
  ADD COLUMN version     bigint NOT NULL DEFAULT 1,
  ADD COLUMN updated_at  timestamptz NOT NULL DEFAULT now();
CREATE INDEX contact_by_company ON contact (tenant_id, company_id, id);

-- ----------------------------------------------------------------------------------------------
-- The chain of a requirement: vendor (vendor_company_id, vendor_contact_id since V1) ->
-- implementation partner -> prime vendor / MSP -> end client, each where known. Tags for lists
-- and search.
ALTER TABLE requirement
  ADD COLUMN implementation_partner_id  uuid,
  ADD COLUMN prime_vendor_id            uuid,
  ADD COLUMN end_client_id              uuid,
  ADD COLUMN tags                       text[] NOT NULL DEFAULT '{}',
  ADD CONSTRAINT requirement_implementation_partner_fk FOREIGN KEY (tenant_id, implementation_partner_id)
      REFERENCES company (tenant_id, id) ON DELETE SET NULL (implementation_partner_id),
  ADD CONSTRAINT requirement_prime_vendor_fk FOREIGN KEY (tenant_id, prime_vendor_id)
      REFERENCES company (tenant_id, id) ON DELETE SET NULL (prime_vendor_id),
  ADD CONSTRAINT requirement_end_client_fk FOREIGN KEY (tenant_id, end_client_id)
      REFERENCES company (tenant_id, id) ON DELETE SET NULL (end_client_id);
CREATE INDEX requirement_by_end_client ON requirement (tenant_id, end_client_id) WHERE end_client_id IS NOT NULL;
CREATE INDEX requirement_by_vendor_company ON requirement (tenant_id, vendor_company_id) WHERE vendor_company_id IS NOT NULL;
CREATE INDEX requirement_tags ON requirement USING gin (tags);

-- The provenance of each vendor mail that carried a requirement: the vendor company and contact it
-- was filed under, the rate that vendor offered, and the chain as that mail stated it (names, and
-- the depth: 1 = the vendor works for the end client directly, +1 for each firm between them).
ALTER TABLE requirement_source
  ADD COLUMN vendor_company_id       uuid,
  ADD COLUMN vendor_contact_id       uuid,
  ADD COLUMN rate_amount             numeric(12, 2),
  ADD COLUMN rate_currency           text,
  ADD COLUMN rate_unit               text CHECK (rate_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  ADD COLUMN employment_type         text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  ADD COLUMN implementation_partner  text,
  ADD COLUMN prime_vendor            text,
  ADD COLUMN end_client              text,
  ADD COLUMN chain_depth             int CHECK (chain_depth BETWEEN 1 AND 10),
  ADD CONSTRAINT requirement_source_vendor_company_fk FOREIGN KEY (tenant_id, vendor_company_id)
      REFERENCES company (tenant_id, id) ON DELETE SET NULL (vendor_company_id),
  ADD CONSTRAINT requirement_source_vendor_contact_fk FOREIGN KEY (tenant_id, vendor_contact_id)
      REFERENCES contact (tenant_id, id) ON DELETE SET NULL (vendor_contact_id);
CREATE INDEX requirement_source_by_vendor_company ON requirement_source (tenant_id, vendor_company_id)
  WHERE vendor_company_id IS NOT NULL;

-- ----------------------------------------------------------------------------------------------
-- Work authorization over time and the bench: the status's own end date (EAD card, H-1B petition
-- end, OPT / STEM OPT EAD end), the I-94 end, the unemployment days used on OPT / STEM OPT, and
-- since when the consultant is on the bench (null while placed). Tags for lists and search.
ALTER TABLE consultant
  ADD COLUMN work_authorization_valid_until  date,
  ADD COLUMN i94_valid_until                 date,
  ADD COLUMN unemployment_days_used          int CHECK (unemployment_days_used BETWEEN 0 AND 150),
  ADD COLUMN on_bench_since                  date,
  ADD COLUMN tags                            text[] NOT NULL DEFAULT '{}';
CREATE INDEX consultant_tags ON consultant USING gin (tags);
CREATE INDEX consultant_work_authorization_expiry ON consultant (tenant_id, work_authorization_valid_until)
  WHERE work_authorization_valid_until IS NOT NULL;
CREATE INDEX consultant_i94_expiry ON consultant (tenant_id, i94_valid_until) WHERE i94_valid_until IS NOT NULL;

-- The per-tenant lead time of WorkAuthorizationExpiring; a tenant without a row gets 60 days.
CREATE TABLE work_authorization_settings (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  lead_days   int NOT NULL CHECK (lead_days BETWEEN 1 AND 365),
  version     bigint NOT NULL DEFAULT 1,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- What the daily job has announced: one WorkAuthorizationExpiring per consultant, document
-- (the status or the I-94), end date and lead window. An extension (a new date) or another lead
-- window is announced again; a rerun of the same day is not.
CREATE TABLE work_authorization_notice (
  tenant_id      uuid NOT NULL,
  consultant_id  uuid NOT NULL,
  document       text NOT NULL CHECK (document IN ('STATUS', 'I94')),
  expires_on     date NOT NULL,
  lead_days      int NOT NULL,
  event_id       uuid NOT NULL,
  announced_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, consultant_id, document, expires_on, lead_days),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE
);

-- The daily job visits every active tenant; the tenant registry is private (V1), so it gets the ids
-- through this definer function, then works inside each tenant's own transaction.
CREATE FUNCTION active_tenant_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchcrm, pg_temp
  AS $$ SELECT id FROM tenant WHERE status = 'ACTIVE' ORDER BY id $$;
REVOKE ALL ON FUNCTION active_tenant_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION active_tenant_ids() TO ${app_role};

-- ----------------------------------------------------------------------------------------------
-- Activities: notes, calls, e-mails and meetings logged on a consultant, requirement, company or
-- submission. No foreign key to the record (four kinds of parent): the use case checks that it
-- exists in the tenant, and the timeline reads activities beside the record's audit entries.
CREATE TABLE activity (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  entity       text NOT NULL CHECK (entity IN ('consultant', 'requirement', 'company', 'submission')),
  entity_id    uuid NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('NOTE', 'CALL', 'EMAIL', 'MEETING')),
  subject      text CHECK (char_length(subject) <= 300),
  body         text CHECK (char_length(body) <= 20000),
  contact_id   uuid,
  occurred_at  timestamptz NOT NULL,
  actor_id     text NOT NULL,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id) ON DELETE SET NULL (contact_id)
);
CREATE INDEX activity_by_entity ON activity (tenant_id, entity, entity_id, id DESC);

-- A consultant's documents (resumes imported through the API or mailed): the bytes in the blob store
-- under blob_key (S3 with the tenant's KMS key in AWS, a local folder in the embedded stack), the
-- metadata here. The same bytes twice for one consultant are one document.
CREATE TABLE consultant_document (
  tenant_id           uuid NOT NULL,
  id                  uuid NOT NULL,
  consultant_id       uuid NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('RESUME', 'OTHER')),
  filename            text,
  media_type          text NOT NULL,
  size_bytes          bigint NOT NULL CHECK (size_bytes >= 0),
  sha256              text NOT NULL,
  blob_key            text NOT NULL,
  source              text NOT NULL CHECK (source IN ('IMPORT', 'MAIL', 'UPLOAD')),
  inbound_message_id  uuid,
  created_by          text NOT NULL,
  created_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT consultant_document_sha256_key UNIQUE (tenant_id, consultant_id, sha256),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, inbound_message_id) REFERENCES inbound_message (tenant_id, id) ON DELETE SET NULL (inbound_message_id)
);
CREATE INDEX consultant_document_by_consultant ON consultant_document (tenant_id, consultant_id, id DESC);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['work_authorization_settings', 'work_authorization_notice', 'activity',
                  'consultant_document']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON work_authorization_settings, activity, consultant_document TO ${app_role};
GRANT SELECT, INSERT, DELETE ON work_authorization_notice TO ${app_role};
