-- Notifications (issue 15 item 5, ADRs 0096-0098): in-app notifications per user, each user's
-- preferences, the daily digest's claim, and who owns (recruits for) a consultant.
-- Runs as the owner role; ${app_role} is the functions' role. Every new table is tenant-owned and
-- gets the tenant policy (ENABLE + FORCE row-level security on app.tenant_id) and its grants.
-- A user is the token subject, app_user.id; no foreign key to app_user: a deleted or deactivated
-- user's notifications stay until the retention purge, and the API only ever shows a user its own.

-- "My consultants": the recruiter who owns a consultant (null: nobody yet). Set with
-- PUT /v1/consultants/{id}/owner; a match above the owner's threshold notifies the owner.
ALTER TABLE consultant ADD COLUMN owner_user_id uuid;
CREATE INDEX consultant_by_owner ON consultant (tenant_id, owner_user_id) WHERE owner_user_id IS NOT NULL;

-- One notification of one user. dedupe_key makes every producer idempotent: the consumer writes
-- 'event:<event id>:<subject id>', the daily job 'interview:<id>:<starts_at>'; a second insert with the same
-- key does nothing. Dismissed rows stay (so a rerun cannot bring them back) but are never listed.
CREATE TABLE notification (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  id            uuid NOT NULL,
  user_id       uuid NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('REQUIREMENT_MATCH', 'INTERVIEW_TOMORROW', 'WORK_AUTHORIZATION_EXPIRING',
                                              'SUBMISSION_STATUS_CHANGED', 'OUTREACH_REPLY')),
  title         text NOT NULL CHECK (char_length(title) <= 300),
  body          text CHECK (char_length(body) <= 2000),
  entity        text NOT NULL CHECK (entity IN ('requirement', 'consultant', 'submission', 'interview', 'hot-list')),
  entity_id     uuid NOT NULL,
  link          text NOT NULL CHECK (char_length(link) <= 500),
  dedupe_key    text NOT NULL CHECK (char_length(dedupe_key) <= 200),
  event_id      uuid,
  created_at    timestamptz NOT NULL,
  read_at       timestamptz,
  dismissed_at  timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT notification_dedupe_key UNIQUE (tenant_id, user_id, dedupe_key)
);
-- The list: a user's undismissed notifications, unread first, newest first (ids are UUIDv7).
CREATE INDEX notification_by_user ON notification (tenant_id, user_id, (read_at IS NOT NULL), id DESC)
  WHERE dismissed_at IS NULL;

-- A user's preferences; a user without a row has the defaults (NotificationPreferences.DEFAULT).
CREATE TABLE notification_preference (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  user_id          uuid NOT NULL,
  match_threshold  double precision NOT NULL CHECK (match_threshold BETWEEN 0 AND 1),
  kinds            text[] NOT NULL
      CHECK (kinds <@ ARRAY['REQUIREMENT_MATCH', 'INTERVIEW_TOMORROW', 'WORK_AUTHORIZATION_EXPIRING',
                            'SUBMISSION_STATUS_CHANGED', 'OUTREACH_REPLY']::text[]),
  daily_digest     boolean NOT NULL,
  version          bigint NOT NULL DEFAULT 1,
  updated_at       timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);

-- The daily digest: one row per user and day, claimed before the mail is sent (a rerun sends nothing
-- twice; a failed send releases its claim so the next run tries again).
CREATE TABLE notification_digest (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  user_id        uuid NOT NULL,
  digest_date    date NOT NULL,
  items          int NOT NULL,
  claimed_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id, digest_date)
);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['notification', 'notification_preference', 'notification_digest']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON notification, notification_preference, notification_digest TO ${app_role};
