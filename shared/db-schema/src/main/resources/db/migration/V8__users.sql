-- The users of a tenant as the console's Users screen and /v1/users manage them (issue 13, ADR 0060).
--
-- app_user (V1) already has tenant_id, forced row-level security and the app role's grants; a user is
-- now invited by an Owner or Admin, becomes active at the first sign-in, and can be deactivated (its
-- tokens then stop working at the API, and the identity provider refuses it) and reactivated. A user
-- holds one role (roles keeps its array type: tokens carry a list).

ALTER TABLE app_user
  ADD COLUMN status          text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('INVITED', 'ACTIVE', 'DEACTIVATED')),
  ADD COLUMN invited_at      timestamptz,
  ADD COLUMN invited_by      text,
  ADD COLUMN updated_at      timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN deactivated_at  timestamptz,
  ADD COLUMN last_sign_in_at timestamptz,
  ADD COLUMN version         bigint NOT NULL DEFAULT 1;

-- The "last active Owner" rule counts these.
CREATE INDEX app_user_active_owners ON app_user (tenant_id) WHERE status = 'ACTIVE' AND 'Owner' = ANY (roles);
