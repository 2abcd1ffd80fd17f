-- Reliability and security, part B (issue 11, items 4-10). Runs as the owner role; ${app_role} is the
-- functions' role, ${relay_role} the outbox relay's (and the purge's) own role. Self-contained: it
-- only adds to V1-V4 (it may run before V5, V7-V9 on a new database and after them on an old one).

-- ----------------------------------------------------------------------------------------------
-- Tenant policy (items 5, 6, 8): the tenants file's per-tenant settings (retention, mail verdict
-- policy) are kept on the tenant row by the provisioning function; the functions read a tenant's
-- status and settings through tenant_policy(), never the registry itself.
ALTER TABLE tenant ADD COLUMN settings jsonb NOT NULL DEFAULT '{}'::jsonb
  CONSTRAINT tenant_settings_object CHECK (jsonb_typeof(settings) = 'object');

CREATE FUNCTION tenant_policy(p_tenant uuid) RETURNS TABLE (slug text, status text, settings jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchcrm, pg_temp
  AS $$ SELECT t.slug, t.status, t.settings FROM tenant t WHERE t.id = p_tenant $$;
REVOKE ALL ON FUNCTION tenant_policy(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION tenant_policy(uuid) TO ${app_role}, ${relay_role};

-- ----------------------------------------------------------------------------------------------
-- The relay's own role (item 10). It owns nothing, has no table privilege, and may execute only the
-- cross-tenant definer functions; the application role loses them. The arguments are bounded here,
-- in SQL, whoever calls: a lease of 1..900 seconds, a batch of 1..500 rows, a retry delay of at most
-- a day.
GRANT USAGE ON SCHEMA benchcrm TO ${relay_role};
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${relay_role};

CREATE OR REPLACE FUNCTION outbox_claim(p_limit int, p_lease_seconds int, p_expired_only boolean)
  RETURNS TABLE (tenant_id uuid, id uuid, event_type text, event_version int, payload jsonb, trace_id text,
                 occurred_at timestamptz, attempts int)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF p_limit IS NULL OR p_limit < 1 OR p_limit > 500 THEN
    RAISE EXCEPTION 'outbox_claim: p_limit must be 1..500, not %', p_limit USING ERRCODE = '22023';
  END IF;
  IF p_lease_seconds IS NULL OR p_lease_seconds < 1 OR p_lease_seconds > 900 THEN
    RAISE EXCEPTION 'outbox_claim: p_lease_seconds must be 1..900, not %', p_lease_seconds USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('benchcrm.relay', 'on', true);
  RETURN QUERY
  UPDATE outbox o
     SET claimed_until = clock_timestamp() + make_interval(secs => p_lease_seconds),
         attempts = o.attempts + 1
    FROM (SELECT c.tenant_id, c.id FROM outbox c
           WHERE c.published_at IS NULL
             AND CASE WHEN p_expired_only IS TRUE THEN c.claimed_until < clock_timestamp() ELSE c.claimed_until IS NULL END
           ORDER BY c.occurred_at
           LIMIT p_limit
             FOR UPDATE SKIP LOCKED) pick
   WHERE o.tenant_id = pick.tenant_id AND o.id = pick.id
  RETURNING o.tenant_id, o.id, o.event_type, o.event_version, o.payload, o.trace_id, o.occurred_at, o.attempts;
  PERFORM set_config('benchcrm.relay', '', true);
END
$$;

CREATE OR REPLACE FUNCTION outbox_release(p_events jsonb, p_retry_after_seconds int, p_error text) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF p_retry_after_seconds IS NULL OR p_retry_after_seconds < 0 OR p_retry_after_seconds > 86400 THEN
    RAISE EXCEPTION 'outbox_release: p_retry_after_seconds must be 0..86400, not %', p_retry_after_seconds USING ERRCODE = '22023';
  END IF;
  IF jsonb_typeof(p_events) IS DISTINCT FROM 'array' OR jsonb_array_length(p_events) > 500 THEN
    RAISE EXCEPTION 'outbox_release: p_events must be an array of at most 500 events' USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('benchcrm.relay', 'on', true);
  UPDATE outbox o SET claimed_until = clock_timestamp() + make_interval(secs => p_retry_after_seconds),
                      last_error = left(p_error, 500)
   WHERE (o.tenant_id, o.id) IN (SELECT (e ->> 'tenant')::uuid, (e ->> 'id')::uuid FROM jsonb_array_elements(p_events) e)
     AND o.published_at IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('benchcrm.relay', '', true);
  RETURN n;
END
$$;

CREATE OR REPLACE FUNCTION outbox_mark_published(p_events jsonb) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF jsonb_typeof(p_events) IS DISTINCT FROM 'array' OR jsonb_array_length(p_events) > 500 THEN
    RAISE EXCEPTION 'outbox_mark_published: p_events must be an array of at most 500 events' USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('benchcrm.relay', 'on', true);
  UPDATE outbox o SET published_at = clock_timestamp(), claimed_until = NULL, last_error = NULL
   WHERE (o.tenant_id, o.id) IN (SELECT (e ->> 'tenant')::uuid, (e ->> 'id')::uuid FROM jsonb_array_elements(p_events) e)
     AND o.published_at IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('benchcrm.relay', '', true);
  RETURN n;
END
$$;

REVOKE ALL ON FUNCTION outbox_claim(int, int, boolean), outbox_mark_published(jsonb), outbox_release(jsonb, int, text),
  webhook_rearm() FROM PUBLIC, ${app_role};
GRANT EXECUTE ON FUNCTION outbox_claim(int, int, boolean), outbox_mark_published(jsonb), outbox_release(jsonb, int, text),
  webhook_rearm(), outbox_backlog() TO ${relay_role};

-- ----------------------------------------------------------------------------------------------
-- Webhook signing secrets under envelope encryption (item 7). secret_sealed holds
-- "v1.<key ref>.<wrapped data key>.<iv>.<ciphertext>" (AES-256-GCM under a per-secret data key that
-- the tenant's key wraps). A row written before this migration keeps its plain secret until the
-- first read or write seals it (no SQL migration can call KMS); exactly one of the two is set.
ALTER TABLE webhook_subscription DROP CONSTRAINT webhook_subscription_secret_check;
ALTER TABLE webhook_subscription ALTER COLUMN secret DROP NOT NULL;
ALTER TABLE webhook_subscription ADD COLUMN secret_sealed text;
ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_one_secret CHECK (num_nonnulls(secret, secret_sealed) = 1);
ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_plain_secret CHECK (secret IS NULL OR secret LIKE 'whsec\_%');
ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_sealed_shape
  CHECK (secret_sealed IS NULL OR secret_sealed ~ '^v1\.[A-Za-z0-9_:/=+.\-]+$');

-- ----------------------------------------------------------------------------------------------
-- Idempotency keys per user with a time to live (item 8): a key replays only to the user who used it,
-- and a key older than its TTL is reclaimed by the next request that uses it (and purged).
ALTER TABLE idempotency_key ADD COLUMN user_id text NOT NULL DEFAULT '';
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (tenant_id, user_id, idem_key);
CREATE INDEX idempotency_key_by_age ON idempotency_key (tenant_id, created_at);

-- ----------------------------------------------------------------------------------------------
-- Mail may create a consultant; changes to an existing one wait for a recruiter (item 6).
CREATE TABLE consultant_pending_change (
  tenant_id            uuid NOT NULL,
  id                   uuid NOT NULL,
  consultant_id        uuid NOT NULL,
  source               text NOT NULL CHECK (source IN ('EMAIL', 'IMPORT')),
  inbound_message_ref  text,
  base_version         bigint NOT NULL,
  proposed             jsonb NOT NULL,
  changed_fields       text[] NOT NULL,
  status               text NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
  proposed_by          text NOT NULL,
  created_at           timestamptz NOT NULL,
  decided_by           text,
  decided_at           timestamptz,
  decision_reason      text CHECK (char_length(decision_reason) <= 1000),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX consultant_pending_change_by_consultant ON consultant_pending_change (tenant_id, consultant_id, id DESC);
SELECT apply_tenant_isolation('consultant_pending_change'::regclass);
GRANT SELECT, INSERT, UPDATE, DELETE ON consultant_pending_change TO ${app_role};

-- Mail refused by its SES verdicts is recorded with its reason, never ingested.
ALTER TABLE inbound_message DROP CONSTRAINT inbound_message_kind_check;
ALTER TABLE inbound_message ADD CONSTRAINT inbound_message_kind_check
  CHECK (kind IN ('REQUIREMENT', 'RESUME', 'NOT_A_REQUIREMENT', 'NEWSLETTER', 'AUTO_REPLY', 'BOUNCE', 'REPLY', 'EMPTY',
                  'UNREADABLE', 'TOO_LARGE', 'SPAM', 'UNAUTHENTICATED', 'VIRUS'));
ALTER TABLE inbound_message ADD COLUMN body_purged_at timestamptz;

-- ----------------------------------------------------------------------------------------------
-- The purge (item 8), run by the relay role on a schedule. purge_tenants() lists every tenant with
-- its settings; purge_expired() deletes, for one tenant, at most p_limit rows of each kind past the
-- tenant's retention (the caller repeats while a kind comes back full); purge_record() writes the
-- run's counts to the tenant's audit log. Inside, the functions act as the tenant
-- (app.tenant_id), so forced row-level security still scopes every statement to that one tenant.
-- Never touched: audit_log, the raw mail (a lifecycle rule on its bucket), unpublished outbox rows,
-- pending deliveries, the latest match run of a requirement and any run with recruiter feedback.
CREATE FUNCTION purge_tenants() RETURNS TABLE (tenant_id uuid, settings jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchcrm, pg_temp
  AS $$ SELECT t.id, t.settings FROM tenant t ORDER BY t.id $$;

CREATE FUNCTION purge_expired(p_tenant uuid, p_kind text, p_before timestamptz, p_limit int) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
  IF p_tenant IS NULL OR p_before IS NULL THEN
    RAISE EXCEPTION 'purge_expired: tenant and cut-off are required' USING ERRCODE = '22023';
  END IF;
  IF p_limit IS NULL OR p_limit < 1 OR p_limit > 5000 THEN
    RAISE EXCEPTION 'purge_expired: p_limit must be 1..5000, not %', p_limit USING ERRCODE = '22023';
  END IF;
  IF p_before > clock_timestamp() - interval '1 hour' THEN
    RAISE EXCEPTION 'purge_expired: the cut-off must be at least an hour ago' USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  CASE p_kind
    WHEN 'outbox' THEN
      DELETE FROM outbox WHERE ctid IN (SELECT ctid FROM outbox
        WHERE tenant_id = p_tenant AND published_at IS NOT NULL AND published_at < p_before LIMIT p_limit);
    WHEN 'processed_event' THEN
      DELETE FROM processed_event WHERE ctid IN (SELECT ctid FROM processed_event
        WHERE tenant_id = p_tenant AND processed_at < p_before LIMIT p_limit);
    WHEN 'idempotency_key' THEN
      DELETE FROM idempotency_key WHERE ctid IN (SELECT ctid FROM idempotency_key
        WHERE tenant_id = p_tenant AND created_at < p_before LIMIT p_limit);
    WHEN 'webhook_delivery' THEN
      DELETE FROM webhook_delivery WHERE ctid IN (SELECT ctid FROM webhook_delivery
        WHERE tenant_id = p_tenant AND status IN ('SUCCEEDED', 'FAILED') AND created_at < p_before LIMIT p_limit);
    WHEN 'match_run' THEN
      DELETE FROM match_run WHERE ctid IN (SELECT m.ctid FROM match_run m
        WHERE m.tenant_id = p_tenant AND m.created_at < p_before
          AND EXISTS (SELECT 1 FROM match_run newer WHERE newer.tenant_id = m.tenant_id
                        AND newer.requirement_id = m.requirement_id AND newer.id > m.id)
          AND NOT EXISTS (SELECT 1 FROM recommendation r JOIN recommendation_feedback f
                            ON f.tenant_id = r.tenant_id AND f.recommendation_id = r.id
                          WHERE r.tenant_id = m.tenant_id AND r.match_run_id = m.id)
          -- nor a run a submission came from (V10's submission.recommendation_id, the calibration's
          -- outcomes; PL/pgSQL resolves it when the function runs, after V10, whatever the order applied)
          AND NOT EXISTS (SELECT 1 FROM recommendation r JOIN submission s
                            ON s.tenant_id = r.tenant_id AND s.recommendation_id = r.id
                          WHERE r.tenant_id = m.tenant_id AND r.match_run_id = m.id)
        LIMIT p_limit);
    WHEN 'inbound_body' THEN
      UPDATE inbound_message SET extraction = NULL, report = NULL, problems = '[]'::jsonb, body_purged_at = clock_timestamp()
       WHERE ctid IN (SELECT ctid FROM inbound_message
        WHERE tenant_id = p_tenant AND body_purged_at IS NULL AND received_at < p_before LIMIT p_limit);
    ELSE
      RAISE EXCEPTION 'purge_expired: unknown kind %', p_kind USING ERRCODE = '22023';
  END CASE;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('app.tenant_id', '', true);
  RETURN n;
END
$$;

CREATE FUNCTION purge_record(p_tenant uuid, p_id uuid, p_counts jsonb, p_trace text) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
BEGIN
  IF jsonb_typeof(p_counts) IS DISTINCT FROM 'object' THEN
    RAISE EXCEPTION 'purge_record: counts must be an object' USING ERRCODE = '22023';
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  INSERT INTO audit_log (tenant_id, id, at, actor_id, action, entity, entity_id, trace_id, details)
  VALUES (p_tenant, p_id, clock_timestamp(), 'system:purge', 'data.purged', 'tenant', p_tenant, left(p_trace, 200), p_counts);
  PERFORM set_config('app.tenant_id', '', true);
END
$$;
REVOKE ALL ON FUNCTION purge_tenants(), purge_expired(uuid, text, timestamptz, int), purge_record(uuid, uuid, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION purge_tenants(), purge_expired(uuid, text, timestamptz, int), purge_record(uuid, uuid, jsonb, text)
  TO ${relay_role};
