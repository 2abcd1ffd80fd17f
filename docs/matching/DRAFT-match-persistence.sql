-- DRAFT, not a Flyway migration: phase 2 of issue 4 wires it into shared/db-schema with the next
-- free version number (V<n>__match_runs.sql) and adds the store classes. Nothing reads this file.
--
-- A MatchRun is one call of the Recommender (or one automatic run after RequirementImported); its
-- Recommendations are the returned top K with their feature snapshot, so a result can be explained
-- and audited later even after weights, records or the model change. Feedback feeds the history
-- factor and drops rejected consultants (RejectedCandidates).

CREATE TABLE match_run (
  tenant_id         uuid NOT NULL REFERENCES tenant (id),
  id                uuid NOT NULL,                       -- UUIDv7
  requirement_id    uuid NOT NULL,
  requirement_version bigint NOT NULL,                   -- the record version that was ranked
  trigger           text NOT NULL CHECK (trigger IN ('api', 'requirement_imported', 'requirement_updated')),
  requested_by      uuid,                                -- user, null for automatic runs
  top_k             int NOT NULL CHECK (top_k BETWEEN 1 AND 50),
  candidates        int NOT NULL,                        -- k-NN candidates retrieved
  scored            int NOT NULL,
  excluded          jsonb NOT NULL DEFAULT '{}'::jsonb,  -- {"WORK_AUTHORIZATION": 3, ...}
  engine_version    text NOT NULL,                       -- MatchEngine.VERSION
  settings_version  text NOT NULL,                       -- MatchSettings.version (tenant weights)
  embedding_model   text NOT NULL,                       -- ModelInfo.key()
  timings_micros    jsonb NOT NULL,
  created_at        timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX match_run_requirement ON match_run (tenant_id, requirement_id, created_at DESC);
SELECT apply_tenant_isolation('match_run');

CREATE TABLE recommendation (
  tenant_id            uuid NOT NULL,
  id                   uuid NOT NULL,                    -- UUIDv7; the id feedback is posted to
  match_run_id         uuid NOT NULL,
  consultant_id        uuid NOT NULL,
  rank                 int NOT NULL CHECK (rank >= 1),
  match_score          numeric(6,5) NOT NULL CHECK (match_score BETWEEN 0 AND 1),
  success_probability  numeric(6,5) NOT NULL CHECK (success_probability BETWEEN 0 AND 1),
  calibrated           boolean NOT NULL,
  reasons              jsonb NOT NULL,                   -- ["Has 6 of 7 required skills (missing: Kafka)", ...]
  factors              jsonb NOT NULL,                   -- [{factor, value, weight, contribution, reason, inputs}]
  flags                jsonb NOT NULL DEFAULT '[]'::jsonb,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, match_run_id, rank),
  FOREIGN KEY (tenant_id, match_run_id) REFERENCES match_run (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recommendation_consultant ON recommendation (tenant_id, consultant_id);
SELECT apply_tenant_isolation('recommendation');

CREATE TABLE recommendation_feedback (
  tenant_id          uuid NOT NULL,
  recommendation_id  uuid NOT NULL,
  requirement_id     uuid NOT NULL,                      -- denormalized: RejectedCandidates reads by requirement
  consultant_id      uuid NOT NULL,
  decision           text NOT NULL CHECK (decision IN ('accept', 'reject')),
  reason             text CHECK (char_length(reason) <= 1000),
  decided_by         uuid NOT NULL,
  decided_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, recommendation_id),
  FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recommendation_feedback_rejected ON recommendation_feedback (tenant_id, requirement_id)
  WHERE decision = 'reject';
SELECT apply_tenant_isolation('recommendation_feedback');

-- Per-tenant matching settings (MatchSettingsProvider): one current row per tenant, versioned.
CREATE TABLE match_settings (
  tenant_id      uuid NOT NULL,
  version        text NOT NULL,
  weights        jsonb NOT NULL,        -- {"skills":0.40,"location":0.20,...}: validated by MatchWeights
  skill_overlap_share numeric(4,3) NOT NULL DEFAULT 0.7,
  filters        jsonb NOT NULL,        -- HardFilters
  candidate_pool int NOT NULL DEFAULT 200 CHECK (candidate_pool BETWEEN 1 AND 1000),
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);
SELECT apply_tenant_isolation('match_settings');

-- Embedding metadata beside the vectors (the vector itself lives in the vector index):
-- which model embedded which record version, so the embed function can skip unchanged records
-- and a model migration can find what is left to re-embed.
CREATE TABLE embedding_state (
  tenant_id      uuid NOT NULL,
  entity_kind    text NOT NULL CHECK (entity_kind IN ('consultant', 'requirement')),
  entity_id      uuid NOT NULL,
  model_key      text NOT NULL,         -- ModelInfo.key()
  source_version bigint NOT NULL,
  text_sha256    bytea NOT NULL,        -- of ProfileText: a change that does not change the text is not re-embedded
  chunks         int NOT NULL,
  tokens         int NOT NULL,
  embedded_at    timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, entity_kind, entity_id, model_key)
);
SELECT apply_tenant_isolation('embedding_state');
