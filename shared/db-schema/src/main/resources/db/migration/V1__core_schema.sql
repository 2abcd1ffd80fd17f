-- BenchCRM core schema. Runs as the owner role; ${app_role} is the functions' role.
--
-- Tenancy: every tenant-owned table has tenant_id, ENABLE and FORCE ROW LEVEL SECURITY, and the
-- policy tenant_isolation comparing tenant_id with app.tenant_id, which the SQL port sets with
-- set_config('app.tenant_id', ..., true) inside each transaction. Unset, the setting is NULL and
-- the policy matches nothing: reads return no rows and writes are refused.

CREATE FUNCTION current_tenant_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Applies the tenant policy to a table; later migrations call it for each new tenant table.
CREATE FUNCTION apply_tenant_isolation(tbl regclass) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = current_tenant_id())'
                 ' WITH CHECK (tenant_id = current_tenant_id())', tbl);
END
$$;
REVOKE ALL ON FUNCTION apply_tenant_isolation(regclass) FROM PUBLIC;

GRANT USAGE ON SCHEMA benchcrm TO ${app_role};
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${app_role};

-- The tenant registry. Not a tenant-owned table (it has no tenant_id): the application role has no
-- privilege on it at all and reaches it only through the SECURITY DEFINER functions below.
CREATE TABLE tenant (
  id          uuid PRIMARY KEY,
  slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,61}[a-z0-9]$'),
  name        text NOT NULL,
  status      text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION ensure_tenant(p_slug text, p_name text) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = benchcrm, pg_temp AS $$
DECLARE
  v_id uuid;
BEGIN
  INSERT INTO tenant (id, slug, name) VALUES (gen_random_uuid(), p_slug, coalesce(p_name, p_slug))
    ON CONFLICT (slug) DO NOTHING;
  SELECT id INTO v_id FROM tenant WHERE slug = p_slug;
  RETURN v_id;
END
$$;
REVOKE ALL ON FUNCTION ensure_tenant(text, text) FROM PUBLIC;

CREATE FUNCTION resolve_tenant(p_slug text) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchcrm, pg_temp
  AS $$ SELECT id FROM tenant WHERE slug = p_slug AND status = 'ACTIVE' $$;
REVOKE ALL ON FUNCTION resolve_tenant(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION resolve_tenant(text) TO ${app_role};

CREATE TABLE app_user (
  tenant_id     uuid NOT NULL REFERENCES tenant (id),
  id            uuid NOT NULL,
  email         text NOT NULL,
  display_name  text,
  roles         text[] NOT NULL DEFAULT '{}',
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT app_user_email_key UNIQUE (tenant_id, email)
);

CREATE TABLE company (
  tenant_id        uuid NOT NULL REFERENCES tenant (id),
  id               uuid NOT NULL,
  name             text NOT NULL,
  normalized_name  text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('CLIENT', 'VENDOR', 'PRIME_VENDOR', 'IMPLEMENTATION_PARTNER')),
  domain           text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT company_name_key UNIQUE (tenant_id, normalized_name, kind)
);

CREATE TABLE contact (
  tenant_id   uuid NOT NULL,
  id          uuid NOT NULL,
  company_id  uuid,
  full_name   text NOT NULL,
  email       text,
  phone       text,
  title       text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, company_id) REFERENCES company (tenant_id, id) ON DELETE SET NULL (company_id)
);
CREATE UNIQUE INDEX contact_email_key ON contact (tenant_id, lower(email)) WHERE email IS NOT NULL;

CREATE TABLE consultant (
  tenant_id            uuid NOT NULL REFERENCES tenant (id),
  id                   uuid NOT NULL,
  external_id          text,
  full_name            text NOT NULL,
  email                text,
  phone                text,
  title                text,
  summary              text,
  city                 text,
  state                text,
  country              text,
  work_authorization   text,
  years_experience     numeric(4, 1),
  availability_status  text CHECK (availability_status IN ('AVAILABLE', 'ON_PROJECT', 'NOT_AVAILABLE')),
  available_from       date,
  rate_amount          numeric(12, 2),
  rate_currency        text,
  rate_unit            text CHECK (rate_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  employment_type      text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  version              bigint NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT consultant_external_id_key UNIQUE (tenant_id, external_id)
);
CREATE UNIQUE INDEX consultant_email_key ON consultant (tenant_id, lower(email)) WHERE email IS NOT NULL;

CREATE TABLE consultant_skill (
  tenant_id      uuid NOT NULL,
  consultant_id  uuid NOT NULL,
  skill_key      text NOT NULL,
  name           text NOT NULL,
  years          numeric(4, 1),
  is_primary     boolean NOT NULL DEFAULT false,
  position       int NOT NULL,
  PRIMARY KEY (tenant_id, consultant_id, skill_key),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX consultant_skill_by_skill ON consultant_skill (tenant_id, skill_key);

CREATE TABLE requirement (
  tenant_id            uuid NOT NULL REFERENCES tenant (id),
  id                   uuid NOT NULL,
  external_ref         text,
  dedupe_key           text,
  title                text NOT NULL,
  description          text,
  status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ON_HOLD', 'FILLED', 'CLOSED')),
  city                 text,
  state                text,
  country              text,
  work_mode            text CHECK (work_mode IN ('ONSITE', 'HYBRID', 'REMOTE')),
  min_years            numeric(4, 1),
  seniority            text,
  budget_amount        numeric(12, 2),
  budget_currency      text,
  budget_unit          text CHECK (budget_unit IN ('HOUR', 'DAY', 'MONTH', 'YEAR')),
  employment_type      text CHECK (employment_type IN ('C2C', 'W2', '1099', 'FULL_TIME')),
  duration_months      int,
  start_date           date,
  client_name          text,
  vendor_company_id    uuid,
  vendor_contact_id    uuid,
  work_authorizations  text[] NOT NULL DEFAULT '{}',
  version              bigint NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT requirement_external_ref_key UNIQUE (tenant_id, external_ref),
  CONSTRAINT requirement_dedupe_key UNIQUE (tenant_id, dedupe_key),
  FOREIGN KEY (tenant_id, vendor_company_id) REFERENCES company (tenant_id, id) ON DELETE SET NULL (vendor_company_id),
  FOREIGN KEY (tenant_id, vendor_contact_id) REFERENCES contact (tenant_id, id) ON DELETE SET NULL (vendor_contact_id)
);
CREATE INDEX requirement_by_status ON requirement (tenant_id, status, id);

CREATE TABLE requirement_skill (
  tenant_id       uuid NOT NULL,
  requirement_id  uuid NOT NULL,
  skill_key       text NOT NULL,
  name            text NOT NULL,
  required        boolean NOT NULL DEFAULT true,
  min_years       numeric(4, 1),
  position        int NOT NULL,
  PRIMARY KEY (tenant_id, requirement_id, skill_key),
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX requirement_skill_by_skill ON requirement_skill (tenant_id, skill_key);

CREATE TABLE submission (
  tenant_id            uuid NOT NULL,
  id                   uuid NOT NULL,
  consultant_id        uuid NOT NULL,
  requirement_id       uuid NOT NULL,
  status               text NOT NULL DEFAULT 'DRAFT'
                       CHECK (status IN ('DRAFT', 'SUBMITTED', 'INTERVIEW', 'OFFER', 'PLACED', 'REJECTED', 'WITHDRAWN')),
  submitted_rate       numeric(12, 2),
  match_score          double precision,
  success_probability  double precision,
  version              bigint NOT NULL DEFAULT 1,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT submission_pair_key UNIQUE (tenant_id, consultant_id, requirement_id),
  FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE
);

-- Append-only: the application role may insert and read audit rows, never change them.
CREATE TABLE audit_log (
  tenant_id    uuid NOT NULL REFERENCES tenant (id),
  id           uuid NOT NULL,
  at           timestamptz NOT NULL,
  actor_id     text NOT NULL,
  action       text NOT NULL,
  entity       text NOT NULL,
  entity_id    uuid,
  before_hash  text,
  after_hash   text,
  trace_id     text,
  details      jsonb,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_by_entity ON audit_log (tenant_id, entity, id);
CREATE INDEX audit_log_by_actor ON audit_log (tenant_id, actor_id, id);

CREATE TABLE outbox (
  tenant_id       uuid NOT NULL REFERENCES tenant (id),
  id              uuid NOT NULL,
  event_type      text NOT NULL,
  event_version   int NOT NULL,
  aggregate_type  text NOT NULL,
  aggregate_id    uuid,
  payload         jsonb NOT NULL,
  trace_id        text,
  occurred_at     timestamptz NOT NULL,
  published_at    timestamptz,
  attempts        int NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_unpublished ON outbox (occurred_at) WHERE published_at IS NULL;

CREATE TABLE idempotency_key (
  tenant_id      uuid NOT NULL REFERENCES tenant (id),
  idem_key       text NOT NULL,
  operation      text NOT NULL,
  request_hash   text NOT NULL,
  entity_id      uuid,
  response_json  text,
  created_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, idem_key)
);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['app_user', 'company', 'contact', 'consultant', 'consultant_skill', 'requirement',
                  'requirement_skill', 'submission', 'audit_log', 'outbox', 'idempotency_key']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, company, contact, consultant, consultant_skill, requirement,
  requirement_skill, submission, outbox, idempotency_key TO ${app_role};
GRANT SELECT, INSERT ON audit_log TO ${app_role};
