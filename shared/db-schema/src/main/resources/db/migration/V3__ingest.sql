-- Inbound mail and resumes (issue 3): received messages and their outcomes, attachments, the vendor
-- provenance and dedupe fingerprints of requirements, AI token accounting. Self-contained: every
-- table is tenant-owned, gets the tenant policy and grants to ${app_role}.

-- One row per received raw message of a tenant. The raw message itself stays in the blob store
-- (blob_key); this row says what became of it. raw_sha256 makes an exact re-send idempotent.
CREATE TABLE inbound_message (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  raw_sha256       text NOT NULL,
  message_id       text,
  blob_key         text NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('SES', 'SMTP', 'API', 'CLI')),
  from_email       text,
  from_name        text,
  vendor_email     text,
  subject          text,
  received_at      timestamptz NOT NULL,
  size_bytes       bigint NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('REQUIREMENT', 'RESUME', 'NOT_A_REQUIREMENT', 'NEWSLETTER', 'AUTO_REPLY',
                                                  'BOUNCE', 'REPLY', 'EMPTY', 'UNREADABLE', 'TOO_LARGE')),
  outcome          text NOT NULL CHECK (outcome IN ('IMPORTED', 'MERGED', 'FILED', 'REJECTED')),
  reason           text,
  problems         jsonb NOT NULL DEFAULT '[]',
  extraction       jsonb,
  requirement_ids  uuid[] NOT NULL DEFAULT '{}',
  consultant_ids   uuid[] NOT NULL DEFAULT '{}',
  report           jsonb,
  trace_id         text,
  created_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT inbound_message_raw_key UNIQUE (tenant_id, raw_sha256)
);
CREATE INDEX inbound_message_by_message_id ON inbound_message (tenant_id, message_id) WHERE message_id IS NOT NULL;

-- Files attached to inbound mail (metadata; the bytes stay in the raw message).
CREATE TABLE attachment (
  tenant_id            uuid NOT NULL,
  id                   uuid NOT NULL,
  inbound_message_id   uuid NOT NULL,
  filename             text,
  media_type           text,
  kind                 text NOT NULL,
  size_bytes           bigint NOT NULL,
  sha256               text,
  consultant_id        uuid,
  note                 text,
  created_at           timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, inbound_message_id) REFERENCES inbound_message (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE SET NULL (consultant_id)
);

-- Where a requirement came from: one row per vendor that sent it (the same requirement forwarded by
-- three vendors is one requirement with three sources). vendor_key is the vendor's address (or
-- company) in lower case; a re-send from the same vendor adds nothing.
CREATE TABLE requirement_source (
  tenant_id           uuid NOT NULL,
  id                  uuid NOT NULL,
  requirement_id      uuid NOT NULL,
  vendor_key          text NOT NULL,
  vendor_email        text,
  vendor_name         text,
  vendor_company      text,
  vendor_phone        text,
  inbound_message_id  uuid,
  message_id          text,
  subject             text,
  locations           text[] NOT NULL DEFAULT '{}',
  received_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT requirement_source_vendor_key UNIQUE (tenant_id, requirement_id, vendor_key),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, inbound_message_id) REFERENCES inbound_message (tenant_id, id) ON DELETE SET NULL (inbound_message_id)
);
CREATE INDEX requirement_source_by_requirement ON requirement_source (tenant_id, requirement_id);

-- What dedupe compares: the normalized title, the client, the places (state or city|state keys).
CREATE TABLE requirement_fingerprint (
  tenant_id       uuid NOT NULL,
  requirement_id  uuid NOT NULL,
  title_key       text NOT NULL,
  client_key      text NOT NULL DEFAULT '',
  location_keys   text[] NOT NULL DEFAULT '{}',
  skill_keys      text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, requirement_id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX requirement_fingerprint_lookup ON requirement_fingerprint (tenant_id, title_key, client_key);

-- AI tokens per tenant and UTC day: the per-tenant daily cap (AI_MAX_TOKENS_DAY) is checked against it.
CREATE TABLE ai_token_usage (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  day            date NOT NULL,
  input_tokens   bigint NOT NULL DEFAULT 0,
  output_tokens  bigint NOT NULL DEFAULT 0,
  calls          int NOT NULL DEFAULT 0,
  rejected       int NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day)
);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['inbound_message', 'attachment', 'requirement_source', 'requirement_fingerprint',
                  'ai_token_usage']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON inbound_message, attachment, requirement_source, requirement_fingerprint,
  ai_token_usage TO ${app_role};
