package com.benchcrm.persistence.postgres;

import com.benchcrm.common.Json;
import com.benchcrm.matching.FactorScore;
import com.benchcrm.matching.MatchFlag;
import com.benchcrm.matching.MatchRun;
import com.benchcrm.matching.MatchRunRepository;
import com.benchcrm.matching.MatchTrigger;
import com.benchcrm.matching.Outcome;
import com.benchcrm.matching.RecommendationFeedback;
import com.benchcrm.persistence.Tx;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlSession;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link MatchRunRepository} over match_run, recommendation and recommendation_feedback, and the
 * decided submissions of the submission table for the history factor.
 */
final class PostgresMatchRunRepository implements MatchRunRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<FactorScore>> FACTORS = new TypeReference<>() {};
    private static final TypeReference<List<MatchFlag>> FLAGS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Long>> TIMINGS = new TypeReference<>() {};

    @Override
    public void insert(Tx tx, NewRun run) {
        SqlSession s = SqlTx.of(tx).session();
        s.update(
                """
                insert into match_run (tenant_id, id, requirement_id, requirement_version, trigger, requested_by, top_k,
                    candidates, scored, rejected_by_recruiter, excluded, engine_version, settings_version, embedding_model,
                    timings_micros, trace_id, created_at)
                values (:tenant, :id, :requirement, :version, :trigger, :by, :top_k, :candidates, :scored, :rejected,
                    :excluded, :engine, :settings, :model, :timings, :trace, :at)""",
                SqlParams.of("tenant", tx.tenant().value())
                        .and("id", run.id())
                        .and("requirement", run.requirementId())
                        .and("version", run.requirementVersion())
                        .and("trigger", run.trigger().name())
                        .and("by", run.requestedBy())
                        .and("top_k", run.topK())
                        .and("candidates", run.candidates())
                        .and("scored", run.scored())
                        .and("rejected", run.rejectedByRecruiter())
                        .and("excluded", new SqlJson(Json.write(run.excluded())))
                        .and("engine", run.engineVersion())
                        .and("settings", run.settingsVersion())
                        .and("model", run.embeddingModel())
                        .and("timings", new SqlJson(Json.write(run.timingsMicros())))
                        .and("trace", run.traceId())
                        .and("at", run.createdAt()));
        if (run.recommendations().isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (NewRecommendation r : run.recommendations()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id().toString());
            row.put("rank", r.rank());
            row.put("consultant_id", r.consultantId().toString());
            row.put("match_score", r.matchScore());
            row.put("success_probability", r.successProbability());
            row.put("calibrated", r.calibrated());
            row.put("reasons", r.reasons());
            row.put("factors", r.factors());
            row.put("flags", r.flags());
            row.put("model_version", r.modelVersion());
            rows.add(row);
        }
        s.update(
                """
                insert into recommendation (tenant_id, id, match_run_id, requirement_id, consultant_id, rank, match_score,
                    success_probability, calibrated, reasons, factors, flags, model_version)
                select :tenant, x.id, :run, :requirement, x.consultant_id, x.rank, x.match_score, x.success_probability,
                    x.calibrated, x.reasons, x.factors, x.flags, x.model_version
                from jsonb_to_recordset(:rows) as x(id uuid, rank int, consultant_id uuid, match_score double precision,
                    success_probability double precision, calibrated boolean, reasons jsonb, factors jsonb, flags jsonb,
                    model_version text)""",
                SqlParams.of("tenant", tx.tenant().value())
                        .and("run", run.id())
                        .and("requirement", run.requirementId())
                        .and("rows", new SqlJson(Json.write(rows))));
    }

    @Override
    public Optional<MatchRun> find(Tx tx, UUID runId) {
        SqlSession s = SqlTx.of(tx).session();
        return s.queryOne(
                        "select * from match_run where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", runId))
                .map(r -> read(tx, r));
    }

    @Override
    public Optional<MatchRun> latest(Tx tx, UUID requirementId) {
        SqlSession s = SqlTx.of(tx).session();
        return s.queryOne("""
                select * from match_run where tenant_id = :tenant and requirement_id = :requirement
                order by id desc limit 1""", SqlParams.of("tenant", tx.tenant().value()).and("requirement", requirementId))
                .map(r -> read(tx, r));
    }

    @Override
    public Optional<RecommendationRef> findRecommendation(Tx tx, UUID recommendationId) {
        return SqlTx.of(tx)
                .session()
                .queryOne(
                        "select requirement_id, consultant_id from recommendation where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", tx.tenant().value()).and("id", recommendationId))
                .map(r -> new RecommendationRef(r.uuid("requirement_id"), r.uuid("consultant_id")));
    }

    @Override
    public void saveFeedback(Tx tx, RecommendationFeedback fb) {
        SqlTx.of(tx)
                .session()
                .update(
                        """
                insert into recommendation_feedback (tenant_id, recommendation_id, requirement_id, consultant_id,
                    decision, reason, decided_by, decided_at)
                values (:tenant, :id, :requirement, :consultant, :decision, :reason, :by, :at)
                on conflict (tenant_id, recommendation_id) do update set decision = excluded.decision,
                    reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("id", fb.recommendationId())
                                .and("requirement", fb.requirementId())
                                .and("consultant", fb.consultantId())
                                .and("decision", fb.decision().name())
                                .and("reason", fb.reason())
                                .and("by", fb.decidedBy())
                                .and("at", fb.decidedAt()));
    }

    @Override
    public Set<UUID> rejectedConsultants(Tx tx, UUID requirementId) {
        return latestRejections(tx, "consultant_id", "requirement_id", requirementId);
    }

    @Override
    public Set<UUID> rejectedRequirements(Tx tx, UUID consultantId) {
        return latestRejections(tx, "requirement_id", "consultant_id", consultantId);
    }

    /** The {@code key} column of the pairs with {@code by = value} whose latest decision is REJECT. */
    private static Set<UUID> latestRejections(Tx tx, String key, String by, UUID value) {
        Set<UUID> out = new HashSet<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query(
                        "select distinct on (" + key + ") " + key + " as id, decision from recommendation_feedback"
                                + " where tenant_id = :tenant and " + by + " = :value order by " + key
                                + ", decided_at desc",
                        SqlParams.of("tenant", tx.tenant().value()).and("value", value))) {
            if ("REJECT".equals(r.string("decision"))) {
                out.add(r.uuid("id"));
            }
        }
        return out;
    }

    @Override
    public Map<UUID, List<Outcome>> consultantOutcomes(Tx tx, Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return Map.of();
        }
        String csv = String.join(",", consultantIds.stream().map(UUID::toString).toList());
        Map<UUID, List<Outcome>> byConsultant = new HashMap<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query("""
                select consultant_id, decided_at, decision = 'ACCEPT' as won
                from recommendation_feedback
                where tenant_id = :tenant and consultant_id = any(cast(string_to_array(:ids, ',') as uuid[]))""", SqlParams.of("tenant", tx.tenant().value()).and("ids", csv))) {
            byConsultant
                    .computeIfAbsent(r.uuid("consultant_id"), k -> new ArrayList<>())
                    .add(outcome(r));
        }
        return byConsultant;
    }

    @Override
    public List<Outcome> companyOutcomes(Tx tx, String clientName) {
        return List.of(); // feedback is about consultants; a client's history is its submissions' (PipelineHistory)
    }

    @Override
    public List<com.benchcrm.matching.success.LabelledOutcome> labelledOutcomes(Tx tx) {
        List<com.benchcrm.matching.success.LabelledOutcome> out = new ArrayList<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query("""
                select distinct on (x.requirement_id, x.consultant_id)
                       x.id, x.factors::text as factors, x.flags::text as flags, x.match_score, m.created_at as recommended_at,
                       (s.placed_at is not null) as success
                from recommendation x
                join match_run m on m.tenant_id = x.tenant_id and m.id = x.match_run_id
                left join submission s on s.tenant_id = x.tenant_id and s.requirement_id = x.requirement_id
                                      and s.consultant_id = x.consultant_id
                left join recommendation_feedback f on f.tenant_id = x.tenant_id and f.recommendation_id = x.id
                where x.tenant_id = :tenant
                  and ((s.submitted_at is not null and (s.placed_at is not null or s.status = 'REJECTED'))
                       or (s.id is null and f.decision = 'REJECT'))
                order by x.requirement_id, x.consultant_id,
                         (s.submitted_at is null or m.created_at <= s.submitted_at) desc, m.created_at desc""", SqlParams.of("tenant", tx.tenant().value()))) {
            out.add(new com.benchcrm.matching.success.LabelledOutcome(
                    r.uuid("id"),
                    readJson(r.string("factors"), FACTORS),
                    r.doubleValue("match_score"),
                    !readJson(r.string("flags"), FLAGS).isEmpty(),
                    r.bool("success"),
                    r.instant("recommended_at")));
        }
        return out;
    }

    @Override
    public List<MatchRunRepository.Snapshot> snapshotsSince(Tx tx, Instant since, int limit) {
        List<MatchRunRepository.Snapshot> out = new ArrayList<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query(
                        """
                select x.factors::text as factors, x.flags::text as flags, x.match_score, m.created_at
                from recommendation x
                join match_run m on m.tenant_id = x.tenant_id and m.id = x.match_run_id
                where x.tenant_id = :tenant and m.created_at >= :since
                order by m.created_at desc
                limit :limit""",
                        SqlParams.of("tenant", tx.tenant().value())
                                .and("since", since)
                                .and("limit", limit))) {
            out.add(new MatchRunRepository.Snapshot(
                    readJson(r.string("factors"), FACTORS),
                    r.doubleValue("match_score"),
                    !readJson(r.string("flags"), FLAGS).isEmpty(),
                    r.instant("created_at")));
        }
        return out;
    }

    private static Outcome outcome(Row r) {
        LocalDate day = r.instant("decided_at").atOffset(ZoneOffset.UTC).toLocalDate();
        return new Outcome(day, r.bool("won"));
    }

    private static MatchRun read(Tx tx, Row run) {
        UUID runId = run.uuid("id");
        List<MatchRun.Recommendation> recs = new ArrayList<>();
        for (Row r : SqlTx.of(tx)
                .session()
                .query("""
                select x.id, x.rank, x.consultant_id, c.full_name, c.title, x.match_score, x.success_probability, x.calibrated,
                       x.reasons::text as reasons, x.factors::text as factors, x.flags::text as flags, x.model_version,
                       f.decision, f.reason as feedback_reason, f.decided_by, f.decided_at
                from recommendation x
                join consultant c on c.tenant_id = x.tenant_id and c.id = x.consultant_id
                left join recommendation_feedback f on f.tenant_id = x.tenant_id and f.recommendation_id = x.id
                where x.tenant_id = :tenant and x.match_run_id = :run
                order by x.rank""", SqlParams.of("tenant", tx.tenant().value()).and("run", runId))) {
            RecommendationFeedback fb = r.isNull("decision")
                    ? null
                    : new RecommendationFeedback(
                            r.uuid("id"),
                            run.uuid("requirement_id"),
                            r.uuid("consultant_id"),
                            RecommendationFeedback.Decision.valueOf(r.string("decision")),
                            r.string("feedback_reason"),
                            r.string("decided_by"),
                            r.instant("decided_at"));
            recs.add(new MatchRun.Recommendation(
                    r.uuid("id"),
                    r.intValue("rank"),
                    r.uuid("consultant_id"),
                    r.string("full_name"),
                    r.string("title"),
                    r.doubleValue("match_score"),
                    r.doubleValue("success_probability"),
                    r.bool("calibrated"),
                    readJson(r.string("reasons"), STRINGS),
                    readJson(r.string("factors"), FACTORS),
                    readJson(r.string("flags"), FLAGS),
                    r.string("model_version"),
                    fb));
        }
        return new MatchRun(
                runId,
                run.uuid("requirement_id"),
                run.longValue("requirement_version"),
                MatchTrigger.valueOf(run.string("trigger")),
                run.string("requested_by"),
                run.intValue("top_k"),
                run.intValue("candidates"),
                run.intValue("scored"),
                run.intValue("rejected_by_recruiter"),
                readJson(run.string("excluded"), COUNTS),
                run.string("engine_version"),
                run.string("settings_version"),
                run.string("embedding_model"),
                readJson(run.string("timings_micros"), TIMINGS),
                run.instant("created_at"),
                recs);
    }

    private static <T> T readJson(String json, TypeReference<T> type) {
        try {
            return Json.strict().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored match data is not valid JSON", e);
        }
    }
}
