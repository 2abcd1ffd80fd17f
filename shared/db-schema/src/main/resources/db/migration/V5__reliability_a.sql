-- Reliability (issue 11, part A).
-- A consultant made from a resume that states no name (or whose text could not be fully read) is
-- still created, marked for a recruiter's review with the reasons; a person's full update or a
-- patch of reviewReasons to [] clears it. The consultant table already has forced RLS on tenant_id.
alter table consultant
    add column review_reasons jsonb not null default '[]'::jsonb
        constraint consultant_review_reasons_array check (jsonb_typeof(review_reasons) = 'array');

-- The console lists what needs review first; only the few marked rows are indexed.
create index consultant_needs_review on consultant (tenant_id, id desc) where review_reasons <> '[]'::jsonb;
