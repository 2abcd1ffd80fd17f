-- Run by SchemaBootstrap as an administrator (embedded: the postgres superuser; Aurora: the master
-- user, from the provisioning function). Idempotent. Placeholders: ${owner_role}, ${app_role},
-- ${relay_role}.
--
-- ${owner_role} owns the schema and every object in it; migrations run as this role. It is not a
-- superuser and has no BYPASSRLS, so FORCE ROW LEVEL SECURITY applies to it too.
-- ${app_role} is what the functions connect as. It owns nothing and cannot bypass RLS.
-- ${relay_role} is what the outbox relay (and the scheduled purge) connects as: it owns nothing, has
-- no table privilege, and may execute only the cross-tenant definer functions (V6), which the
-- application role may not.
-- All three are created without LOGIN; SchemaBootstrap then enables LOGIN and sets their passwords with
-- client-side SCRAM hashing, so no clear password ever appears in a statement.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${owner_role}') THEN
    CREATE ROLE ${owner_role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${app_role}') THEN
    CREATE ROLE ${app_role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${relay_role}') THEN
    CREATE ROLE ${relay_role} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
END
$$;
ALTER ROLE ${app_role} SET search_path = benchcrm;
ALTER ROLE ${app_role} SET timezone = 'UTC';
ALTER ROLE ${app_role} SET statement_timeout = '15s';
ALTER ROLE ${app_role} SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE ${relay_role} SET search_path = benchcrm;
ALTER ROLE ${relay_role} SET timezone = 'UTC';
ALTER ROLE ${relay_role} SET statement_timeout = '60s';
ALTER ROLE ${relay_role} SET idle_in_transaction_session_timeout = '60s';
ALTER ROLE ${owner_role} SET search_path = benchcrm;
ALTER ROLE ${owner_role} SET timezone = 'UTC';
