-- Marketing the bench (issue 15, items 1-4): hot lists of consultants, distribution lists of vendor
-- contacts with consent kept per contact, a per-tenant suppression list, drafted outreach that a
-- person approves, the per-recipient sends with their Message-IDs, and the replies threaded to them.
-- Runs as the owner role; ${app_role} is the functions' role. Every new table is tenant-owned and
-- gets the tenant policy (ENABLE + FORCE row-level security on app.tenant_id) and its grants.

-- ----------------------------------------------------------------------------------------------
-- A consultant's marketing preferences: an opt-out (never listed in a hot list while set) and
-- whether they would relocate (a hot list line says so). No row: not opted out, relocation unknown.
CREATE TABLE consultant_marketing (
  tenant_id           uuid NOT NULL,
  consultant_id       uuid NOT NULL,
  opted_out           boolean NOT NULL,
  open_to_relocation  boolean,
  updated_by          text NOT NULL,
  updated_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, consultant_id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX consultant_marketing_opted_out ON consultant_marketing (tenant_id) WHERE opted_out;

-- The tenant's marketing policy: whether hot lists show rates, the postal address every outbound
-- mail carries, the sender, and the daily send cap. No row: rates hidden, nothing can be sent (a
-- mail without a postal address is refused), the default cap.
CREATE TABLE marketing_settings (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  show_rate       boolean NOT NULL DEFAULT false,
  postal_address  text CHECK (char_length(postal_address) <= 500),
  sender_name     text CHECK (char_length(sender_name) <= 200),
  from_address    text CHECK (char_length(from_address) <= 254),
  daily_send_cap  int NOT NULL DEFAULT 500 CHECK (daily_send_cap BETWEEN 0 AND 100000),
  version         bigint NOT NULL DEFAULT 1,
  updated_by      text NOT NULL,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- ----------------------------------------------------------------------------------------------
-- Hot lists: a saved filter (skills, tags, work authorizations, availability) or hand-picked
-- consultants, ordered by days on bench (default) or by title. Members are resolved when the list
-- is rendered, so an opt-out or a placement takes effect on the next rendering.
CREATE TABLE hot_list (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  id              uuid NOT NULL,
  name            text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  consultant_ids  jsonb NOT NULL DEFAULT '[]',
  filter          jsonb,
  ordering        text NOT NULL DEFAULT 'DAYS_ON_BENCH' CHECK (ordering IN ('DAYS_ON_BENCH', 'TITLE')),
  version         bigint NOT NULL DEFAULT 1,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- ----------------------------------------------------------------------------------------------
-- Distribution lists of vendor contacts, described by skill focus, region and tier.
CREATE TABLE distribution_list (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  name         text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  skill_focus  jsonb NOT NULL DEFAULT '[]',
  region       text CHECK (char_length(region) <= 100),
  tier         text CHECK (tier IN ('TIER_1', 'TIER_2', 'TIER_3')),
  contact_ids  jsonb NOT NULL DEFAULT '[]',
  version      bigint NOT NULL DEFAULT 1,
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- Consent per contact: the lawful basis and when it was given. A contact without a row is never mailed.
CREATE TABLE contact_consent (
  tenant_id    uuid NOT NULL,
  contact_id   uuid NOT NULL,
  basis        text NOT NULL CHECK (basis IN ('OPT_IN', 'EXISTING_RELATIONSHIP', 'LEGITIMATE_INTEREST')),
  given_at     timestamptz NOT NULL,
  note         text CHECK (char_length(note) <= 1000),
  recorded_by  text NOT NULL,
  recorded_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, contact_id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, contact_id) REFERENCES contact (tenant_id, id) ON DELETE CASCADE
);

-- The suppression list: addresses (lower case) never mailed again, with why (an unsubscribe, a
-- bounce, a complaint, a person's entry). Honoured at queueing and again at sending.
CREATE TABLE suppression (
  tenant_id   uuid NOT NULL REFERENCES tenant (id),
  email       text NOT NULL CHECK (email = lower(email) AND char_length(email) <= 254),
  reason      text NOT NULL CHECK (reason IN ('UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED', 'MANUAL')),
  detail      text CHECK (char_length(detail) <= 1000),
  created_by  text NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, email)
);

-- ----------------------------------------------------------------------------------------------
-- Drafted outreach: the mail for a hot list to a distribution list, or for a submission to its
-- vendor contact. Nothing is sent before a person approves the draft; the approval keeps the exact
-- text (its hash in the audit log, the text here, frozen once approved).
CREATE TABLE outreach_draft (
  tenant_id             uuid NOT NULL REFERENCES tenant (id),
  id                    uuid NOT NULL,
  kind                  text NOT NULL CHECK (kind IN ('HOT_LIST', 'SUBMISSION')),
  hot_list_id           uuid,
  distribution_list_id  uuid,
  submission_id         uuid,
  contact_id            uuid,
  subject               text NOT NULL CHECK (char_length(subject) <= 300),
  body_text             text NOT NULL,
  body_html             text NOT NULL,
  generator             text NOT NULL CHECK (generator IN ('TEMPLATE', 'BEDROCK')),
  status                text NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'DISCARDED')),
  approved_by           text,
  approved_at           timestamptz,
  created_by            text NOT NULL,
  version               bigint NOT NULL DEFAULT 1,
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK ((kind = 'HOT_LIST' AND hot_list_id IS NOT NULL AND distribution_list_id IS NOT NULL)
      OR (kind = 'SUBMISSION' AND submission_id IS NOT NULL))
);
CREATE INDEX outreach_draft_by_status ON outreach_draft (tenant_id, status, id DESC);

-- One row per (draft, recipient): queued once (the unique key makes a retry a no-op), sent once
-- (the worker claims QUEUED -> SENT under a row lock), with the Message-ID the mail carried.
CREATE TABLE outreach_message (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  draft_id     uuid NOT NULL,
  recipient    text NOT NULL CHECK (recipient = lower(recipient)),
  contact_id   uuid,
  message_id   text NOT NULL,
  status       text NOT NULL CHECK (status IN ('QUEUED', 'SENT', 'SUPPRESSED', 'FAILED')),
  detail       text CHECK (char_length(detail) <= 1000),
  queued_at    timestamptz NOT NULL,
  sent_at      timestamptz,
  location     text,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT outreach_message_recipient_key UNIQUE (tenant_id, draft_id, recipient),
  CONSTRAINT outreach_message_message_id_key UNIQUE (tenant_id, message_id),
  FOREIGN KEY (tenant_id, draft_id) REFERENCES outreach_draft (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX outreach_message_by_day ON outreach_message (tenant_id, queued_at);
CREATE INDEX outreach_message_sent ON outreach_message (tenant_id, id DESC) WHERE status = 'SENT';

-- Replies threaded to what they answer: hot lists join the record kinds an activity can be logged on.
ALTER TABLE activity DROP CONSTRAINT activity_entity_check;
ALTER TABLE activity ADD CONSTRAINT activity_entity_check
  CHECK (entity IN ('consultant', 'requirement', 'company', 'submission', 'hot_list'));

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['consultant_marketing', 'marketing_settings', 'hot_list', 'distribution_list',
                  'contact_consent', 'suppression', 'outreach_draft', 'outreach_message']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON consultant_marketing, marketing_settings, hot_list, distribution_list,
  contact_consent, suppression, outreach_draft, outreach_message TO ${app_role};
