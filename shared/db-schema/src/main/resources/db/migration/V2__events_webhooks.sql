-- Domain events and partner webhooks (issue 5). Runs as the owner role; ${app_role} is the functions' role.
-- Self-contained: it only adds to V1 (columns, a policy, functions, tables).

-- ----------------------------------------------------------------------------------------------
-- Outbox relay.
--
-- The relay reads every tenant's unpublished outbox rows, which row-level security hides from
-- every role. It gets them only through the SECURITY DEFINER functions below: they run as the
-- owner and turn the setting benchcrm.relay on for their own statements (and off again), and a
-- second policy on outbox lets the owner see all rows exactly while that setting is on. The
-- application role may call the functions, but the policy is not granted to it, so setting
-- benchcrm.relay itself gives it nothing. ADR 0011.
--
-- Claims are leases: a claimed row is invisible to other relays until claimed_until, so relays
-- can run concurrently (SKIP LOCKED) and a relay that dies after claiming leaves rows that the
-- sweeper (p_expired_only) claims again once the lease has expired.
ALTER TABLE outbox ADD COLUMN claimed_until timestamptz;
ALTER TABLE outbox ADD COLUMN last_error text;
CREATE INDEX outbox_expired_claims ON outbox (claimed_until) WHERE published_at IS NULL AND claimed_until IS NOT NULL;

CREATE POLICY outbox_relay ON outbox TO CURRENT_USER
  USING (current_setting('benchcrm.relay', true) = 'on')
  WITH CHECK (current_setting('benchcrm.relay', true) = 'on');

-- Claims up to p_limit unpublished rows of any tenant, oldest first: with p_expired_only false the
-- rows nobody has claimed yet (the relay), with true the rows whose claim expired (the sweeper).
-- (PL/pgSQL with set_config rather than a function-level SET clause: PostgreSQL 15+ lets only
-- superusers attach an unregistered setting to a function.)
CREATE FUNCTION outbox_claim(p_limit int, p_lease_seconds int, p_expired_only boolean)
  RETURNS TABLE (tenant_id uuid, id uuid, event_type text, event_version int, payload jsonb, trace_id text,
                 occurred_at timestamptz, attempts int)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
#variable_conflict use_column
BEGIN
  PERFORM set_config('benchcrm.relay', 'on', true);
  RETURN QUERY
  UPDATE outbox o
     SET claimed_until = clock_timestamp() + make_interval(secs => p_lease_seconds),
         attempts = o.attempts + 1
    FROM (SELECT c.tenant_id, c.id FROM outbox c
           WHERE c.published_at IS NULL
             AND CASE WHEN p_expired_only THEN c.claimed_until < clock_timestamp() ELSE c.claimed_until IS NULL END
           ORDER BY c.occurred_at
           LIMIT least(greatest(p_limit, 1), 500)
             FOR UPDATE SKIP LOCKED) pick
   WHERE o.tenant_id = pick.tenant_id AND o.id = pick.id
  RETURNING o.tenant_id, o.id, o.event_type, o.event_version, o.payload, o.trace_id, o.occurred_at, o.attempts;
  PERFORM set_config('benchcrm.relay', '', true);
END
$$;

-- Marks rows published; p_events is a JSON array of {"tenant": uuid, "id": uuid}.
CREATE FUNCTION outbox_mark_published(p_events jsonb) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
  PERFORM set_config('benchcrm.relay', 'on', true);
  UPDATE outbox o SET published_at = clock_timestamp(), claimed_until = NULL, last_error = NULL
   WHERE (o.tenant_id, o.id) IN (SELECT (e ->> 'tenant')::uuid, (e ->> 'id')::uuid FROM jsonb_array_elements(p_events) e)
     AND o.published_at IS NULL;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('benchcrm.relay', '', true);
  RETURN n;
END
$$;

-- Gives claimed rows back after a failed publish: the sweeper retries them after p_retry_after_seconds.
CREATE FUNCTION outbox_release(p_events jsonb, p_retry_after_seconds int, p_error text) RETURNS int
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  n int;
BEGIN
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

-- What the relay has not published yet, for health checks and the benchmark (counts only).
CREATE FUNCTION outbox_backlog() RETURNS TABLE (unpublished bigint, oldest timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
BEGIN
  PERFORM set_config('benchcrm.relay', 'on', true);
  RETURN QUERY SELECT count(*), min(o.occurred_at) FROM outbox o WHERE o.published_at IS NULL;
  PERFORM set_config('benchcrm.relay', '', true);
END
$$;

REVOKE ALL ON FUNCTION outbox_claim(int, int, boolean), outbox_mark_published(jsonb), outbox_release(jsonb, int, text),
  outbox_backlog() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION outbox_claim(int, int, boolean), outbox_mark_published(jsonb), outbox_release(jsonb, int, text),
  outbox_backlog() TO ${app_role};

-- ----------------------------------------------------------------------------------------------
-- Consumer dedupe: a consumer records each event id it has handled in the same transaction as its
-- effect; a redelivered event finds its row and is skipped.
CREATE TABLE processed_event (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  consumer      text NOT NULL CHECK (consumer ~ '^[a-z][a-z0-9-]{1,40}$'),
  event_id      uuid NOT NULL,
  event_type    text NOT NULL,
  processed_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, consumer, event_id)
);

-- ----------------------------------------------------------------------------------------------
-- Partner webhooks.
CREATE TABLE webhook_subscription (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  url          text NOT NULL,
  event_types  text[] NOT NULL CHECK (cardinality(event_types) > 0),
  description  text,
  -- The Standard Webhooks signing secret (whsec_ + base64). Shown once, at creation.
  secret       text NOT NULL CHECK (secret LIKE 'whsec\_%'),
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- One delivery per subscription and event (the unique key makes the fan-out idempotent). The body
-- is kept so every retry sends the same bytes; each attempt is signed afresh.
CREATE TABLE webhook_delivery (
  tenant_id         uuid NOT NULL,
  id                uuid NOT NULL,
  subscription_id   uuid NOT NULL,
  event_id          uuid NOT NULL,
  event_type        text NOT NULL,
  body              text NOT NULL,
  status            text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
  attempts          int NOT NULL DEFAULT 0,
  next_attempt_at   timestamptz,
  -- The attempt in progress holds a lease, so two copies of a message never send twice at once.
  lease_until       timestamptz,
  -- Which timer message owns the next attempt (null: the event message that created the delivery).
  -- A timer whose token is not this one is stale and is dropped.
  timer_token       uuid,
  first_attempt_at  timestamptz,
  last_attempt_at   timestamptz,
  last_status_code  int,
  last_error        text,
  delivered_at      timestamptz,
  failed_at         timestamptz,
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT webhook_delivery_event_key UNIQUE (tenant_id, subscription_id, event_id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES webhook_subscription (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_delivery_by_subscription ON webhook_delivery (tenant_id, subscription_id, id);

-- The delivery log: every attempt with its outcome.
CREATE TABLE webhook_attempt (
  tenant_id    uuid NOT NULL,
  delivery_id  uuid NOT NULL,
  attempt      int NOT NULL,
  at           timestamptz NOT NULL,
  status_code  int,
  error        text,
  duration_ms  int NOT NULL,
  PRIMARY KEY (tenant_id, delivery_id, attempt),
  FOREIGN KEY (tenant_id, delivery_id) REFERENCES webhook_delivery (tenant_id, id) ON DELETE CASCADE
);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['processed_event', 'webhook_subscription', 'webhook_delivery', 'webhook_attempt']::regclass[]) AS t;

-- Re-arming timers: retry timers live in the queue. Where the queue may lose them (the embedded
-- stack's in-memory ElasticMQ across a restart), this hands every pending delivery of every tenant a
-- new timer token, so the caller can send one fresh timer per delivery; older timers, if any
-- survive, no longer match and are dropped. Same pattern as the relay: the owner sees all pending
-- deliveries only while benchcrm.relay is on, inside this function.
CREATE POLICY webhook_delivery_rearm ON webhook_delivery TO CURRENT_USER
  USING (current_setting('benchcrm.relay', true) = 'on')
  WITH CHECK (current_setting('benchcrm.relay', true) = 'on');

CREATE FUNCTION webhook_rearm()
  RETURNS TABLE (tenant_id uuid, id uuid, timer_token uuid, next_attempt_at timestamptz)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
#variable_conflict use_column
BEGIN
  PERFORM set_config('benchcrm.relay', 'on', true);
  RETURN QUERY
  UPDATE webhook_delivery d
     SET timer_token = gen_random_uuid(), lease_until = NULL,
         next_attempt_at = coalesce(d.next_attempt_at, clock_timestamp())
   WHERE d.status = 'PENDING'
  RETURNING d.tenant_id, d.id, d.timer_token, d.next_attempt_at;
  PERFORM set_config('benchcrm.relay', '', true);
END
$$;
REVOKE ALL ON FUNCTION webhook_rearm() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION webhook_rearm() TO ${app_role};

GRANT SELECT, INSERT, DELETE ON processed_event TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_subscription, webhook_delivery, webhook_attempt TO ${app_role};
