-- Recommendations (issue 4): match runs and their recommendations with the feature snapshot that made
-- them, recruiter feedback, per-tenant matching settings, and full-text search expressions. Every
-- table is tenant-owned, gets the tenant policy and grants to ${app_role}.

-- One call of the Recommender (an API request, or the automatic run after RequirementImported). Its
-- recommendations keep the factors and reasons as they were, so a result can be explained later even
-- after the weights, the records or the embedding model change.
CREATE TABLE match_run (
  tenant_id           uuid NOT NULL REFERENCES tenant (id),
  id                  uuid NOT NULL,
  requirement_id      uuid NOT NULL,
  requirement_version bigint NOT NULL,
  trigger             text NOT NULL CHECK (trigger IN ('API', 'REQUIREMENT_IMPORTED', 'REQUIREMENT_UPDATED')),
  requested_by        text,                                 -- the user; null for automatic runs
  top_k               int NOT NULL CHECK (top_k BETWEEN 1 AND 50),
  candidates          int NOT NULL,                         -- k-NN candidates retrieved
  scored              int NOT NULL,
  rejected_by_recruiter int NOT NULL DEFAULT 0,
  excluded            jsonb NOT NULL DEFAULT '{}'::jsonb,   -- {"WORK_AUTHORIZATION": 3, ...}
  engine_version      text NOT NULL,
  settings_version    text NOT NULL,
  embedding_model     text NOT NULL,
  timings_micros      jsonb NOT NULL,
  trace_id            text,
  created_at          timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, requirement_id) REFERENCES requirement (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX match_run_by_requirement ON match_run (tenant_id, requirement_id, id DESC);

CREATE TABLE recommendation (
  tenant_id            uuid NOT NULL,
  id                   uuid NOT NULL,                       -- the id feedback is posted to
  match_run_id         uuid NOT NULL,
  requirement_id       uuid NOT NULL,
  consultant_id        uuid NOT NULL,
  rank                 int NOT NULL CHECK (rank >= 1),
  match_score          double precision NOT NULL CHECK (match_score BETWEEN 0 AND 1),
  success_probability  double precision NOT NULL CHECK (success_probability BETWEEN 0 AND 1),
  calibrated           boolean NOT NULL,
  reasons              jsonb NOT NULL,
  factors              jsonb NOT NULL,
  flags                jsonb NOT NULL DEFAULT '[]'::jsonb,
  model_version        text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, match_run_id, rank),
  FOREIGN KEY (tenant_id, match_run_id) REFERENCES match_run (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, consultant_id) REFERENCES consultant (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recommendation_by_consultant ON recommendation (tenant_id, consultant_id, match_run_id DESC);

-- A recruiter's decision on one recommendation; the latest decision per (requirement, consultant)
-- counts. A rejected consultant drops out of that requirement's later runs; both decisions feed the
-- consultant's history factor.
CREATE TABLE recommendation_feedback (
  tenant_id          uuid NOT NULL,
  recommendation_id  uuid NOT NULL,
  requirement_id     uuid NOT NULL,
  consultant_id      uuid NOT NULL,
  decision           text NOT NULL CHECK (decision IN ('ACCEPT', 'REJECT')),
  reason             text CHECK (char_length(reason) <= 1000),
  decided_by         text NOT NULL,
  decided_at         timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, recommendation_id),
  FOREIGN KEY (tenant_id, recommendation_id) REFERENCES recommendation (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX recommendation_feedback_by_requirement ON recommendation_feedback (tenant_id, requirement_id, consultant_id);
CREATE INDEX recommendation_feedback_by_consultant ON recommendation_feedback (tenant_id, consultant_id);

-- Per-tenant matching settings; a tenant without a row gets the defaults (MatchSettings.DEFAULT).
CREATE TABLE match_settings (
  tenant_id            uuid NOT NULL REFERENCES tenant (id),
  version              text NOT NULL,
  settings             jsonb NOT NULL,         -- weights, skillOverlapShare, filters, candidatePoolSize
  updated_by           text NOT NULL,
  updated_at           timestamptz NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- Full text for GET /v1/search (the vector half is in the vector index).
CREATE INDEX consultant_fulltext ON consultant
  USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, '')));
CREATE INDEX requirement_fulltext ON requirement
  USING gin (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, '')));
CREATE INDEX submission_by_consultant ON submission (tenant_id, consultant_id);

SELECT apply_tenant_isolation(t)
FROM unnest(ARRAY['match_run', 'recommendation', 'recommendation_feedback', 'match_settings']::regclass[]) AS t;

GRANT SELECT, INSERT, UPDATE, DELETE ON match_run, recommendation, recommendation_feedback, match_settings TO ${app_role};
