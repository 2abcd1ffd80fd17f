package com.benchcrm.matching;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.Json;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.security.Role;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlJson;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.sql.SqlSession;
import com.benchcrm.sql.SqlTx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorQuery;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The recommendation use cases around the {@link Recommender}: run and persist a match run (a user's
 * request or the automatic run after {@code RequirementImported}), read a requirement's latest run,
 * rank open requirements for one consultant, and take a recruiter's feedback.
 *
 * <pre>{@code
 * MatchRun run = runs.run(caller, requirementId, 10);                  // persisted, RecommendationsReady announced
 * runs.feedback(caller, run.recommendations().get(0).id(), Decision.REJECT, "Not interested in contract roles");
 * List<RequirementMatch> best = runs.matchesFor(caller, consultantId, 10);
 * }</pre>
 *
 * <p>Ranking happens outside any transaction (it reads the vector index and the records); the run,
 * its recommendations, the audit entry and the event are then written in one transaction, so a run
 * is stored whole or not at all. The automatic run records the event it handles in the same
 * transaction ({@link ProcessedEvents}): a redelivered event stores nothing twice.
 */
public final class MatchRuns {

    /** The consumer name of the automatic runs in {@code processed_event}. */
    public static final String CONSUMER = "match";
    /** The actor of automatic runs in the audit log. */
    public static final String SYSTEM_ACTOR = "system:match";
    public static final int DEFAULT_MATCHES = 10;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FactorScore>> FACTORS = new TypeReference<>() {
    };
    private static final TypeReference<List<MatchFlag>> FLAGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Long>> TIMINGS = new TypeReference<>() {
    };

    private final SqlPort sql;
    private final Requirements requirements;
    private final Consultants consultants;
    private final Recommender recommender;
    private final EmbeddingModel model;
    private final VectorIndex index;
    private final MatchEngine engine;
    private final SqlMatchData data;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Ids ids;
    private final Clock clock;

    public MatchRuns(SqlPort sql, Requirements requirements, Consultants consultants, EmbeddingModel model, VectorIndex index,
                     AuditLog audit, Outbox outbox, ProcessedEvents processed, Ids ids, Clock clock) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.consultants = Objects.requireNonNull(consultants, "consultants");
        this.model = Objects.requireNonNull(model, "model");
        this.index = Objects.requireNonNull(index, "index");
        this.audit = audit;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.data = new SqlMatchData(sql);
        this.engine = new MatchEngine(clock);
        this.processed = processed;
        ConsultantLookup lookup = (tenant, candidateIds) -> consultants.findAll(tenant, candidateIds);
        this.recommender = new Recommender(model, index, lookup, data, data, data, engine);
    }

    /** The tenant's matching settings (weights, filters, candidate pool). */
    public SqlMatchData data() {
        return data;
    }

    /**
     * Ranks the bench for a requirement and stores the run.
     *
     * @throws InvalidRequestException when topK is not 1 to 50
     * @throws NotFoundException       when the requirement does not exist
     */
    public MatchRun run(Caller caller, UUID requirementId, int topK) {
        caller.require(Permission.RECOMMENDATION_RUN);
        caller.require(Permission.CONSULTANT_READ);
        if (topK < 1 || topK > Recommender.MAX_TOP_K) {
            throw new InvalidRequestException("topK", "must be between 1 and " + Recommender.MAX_TOP_K);
        }
        Requirement requirement = requirements.get(caller, requirementId);
        Recommendations ranked = recommender.recommend(caller.tenant(), requirement, topK);
        return sql.inTenant(caller.tenant(), s -> store(s, caller, requirement, ranked, topK, MatchTrigger.API));
    }

    /**
     * The automatic run for a {@code RequirementImported} (or {@code RequirementUpdated}) event: empty
     * when the requirement is gone, is not open, or the event was handled before.
     */
    public Optional<MatchRun> runFor(DomainEvent event, int topK) {
        MatchTrigger trigger = switch (event.type()) {
            case EventCatalog.REQUIREMENT_IMPORTED -> MatchTrigger.REQUIREMENT_IMPORTED;
            case EventCatalog.REQUIREMENT_UPDATED -> MatchTrigger.REQUIREMENT_UPDATED;
            default -> throw new IllegalArgumentException("a match run follows a requirement event, not " + event.type());
        };
        UUID requirementId = UUID.fromString(event.data().path("id").asText());
        Caller system = new Caller(event.tenant(), SYSTEM_ACTOR, Set.of(Role.Recruiter), event.traceId() == null ? "" : event.traceId());
        Optional<Requirement> requirement = requirements.findAll(event.tenant(), List.of(requirementId)).values().stream().findFirst();
        if (requirement.isEmpty() || requirement.get().status() != com.benchcrm.requirement.RequirementStatus.OPEN) {
            sql.inTenant(event.tenant(), s -> processed.firstTime(new SqlTx(s, event.tenant()), CONSUMER, event));
            return Optional.empty();
        }
        Recommendations ranked = recommender.recommend(event.tenant(), requirement.get(), topK);
        return sql.inTenant(event.tenant(), s -> processed.firstTime(new SqlTx(s, event.tenant()), CONSUMER, event)
                ? Optional.of(store(s, system, requirement.get(), ranked, topK, trigger))
                : Optional.<MatchRun>empty());
    }

    /** The requirement's latest run, with feedback, if it has one. */
    public Optional<MatchRun> latest(Caller caller, UUID requirementId) {
        caller.require(Permission.REQUIREMENT_READ);
        caller.require(Permission.CONSULTANT_READ);
        return sql.inTenant(caller.tenant(), s -> {
            Optional<Row> run = s.queryOne("""
                    select * from match_run where tenant_id = :tenant and requirement_id = :requirement
                    order by id desc limit 1""", SqlParams.of("tenant", caller.tenant().value()).and("requirement", requirementId));
            if (run.isEmpty()) {
                if (s.queryOne("select 1 as found from requirement where tenant_id = :tenant and id = :id",
                        SqlParams.of("tenant", caller.tenant().value()).and("id", requirementId)).isEmpty()) {
                    throw new NotFoundException("requirement", requirementId);
                }
                return Optional.empty();
            }
            return Optional.of(read(s, caller.tenant(), run.get()));
        });
    }

    /**
     * The best open requirements for one consultant: the consultant's nearest requirements in the
     * vector index, scored by the same engine and settings, excluded ones and those the consultant
     * was rejected for left out.
     */
    public List<RequirementMatch> matchesFor(Caller caller, UUID consultantId, int limit) {
        caller.require(Permission.REQUIREMENT_READ);
        if (limit < 1 || limit > Recommender.MAX_TOP_K) {
            throw new InvalidRequestException("limit", "must be between 1 and " + Recommender.MAX_TOP_K);
        }
        Consultant consultant = consultants.get(caller, consultantId);
        TenantId tenant = caller.tenant();
        MatchSettings settings = data.forTenant(tenant);
        String modelKey = model.info().key();
        float[] vector = index.find(tenant, EntityKind.CONSULTANT, consultantId, modelKey)
                .orElseGet(() -> model.embed(ProfileText.of(consultant)).vector());
        List<VectorHit> hits = index.query(new VectorQuery(tenant, EntityKind.REQUIREMENT, modelKey, vector,
                settings.candidatePoolSize()));
        Map<UUID, Requirement> open = requirements.findAll(tenant, hits.stream().map(VectorHit::id).toList(),
                Set.of(com.benchcrm.requirement.RequirementStatus.OPEN));
        Set<UUID> rejectedFor = data.rejectedRequirements(tenant, consultantId);
        List<Outcome> own = data.consultants(tenant, List.of(consultantId)).getOrDefault(consultantId, List.of());
        Map<String, List<Outcome>> companies = new HashMap<>();
        List<RequirementMatch> out = new ArrayList<>();
        for (VectorHit h : hits) {
            Requirement r = open.get(h.id());
            if (r == null || rejectedFor.contains(r.id())) {
                continue;
            }
            List<Outcome> company = r.clientName() == null ? List.of()
                    : companies.computeIfAbsent(r.clientName().toLowerCase(Locale.ROOT), k -> data.company(tenant, r.clientName()));
            MatchResult m = engine.score(MatchInput.of(r, consultant).withSimilarity(h.similarity(), modelKey)
                    .withHistory(own, company), settings);
            if (!m.excluded()) {
                out.add(new RequirementMatch(r.id(), r.title(), r.clientName(), r.startDate(), m.matchScore(),
                        m.successProbability(), m.calibrated(), m.reasons(), m.factors(), m.flags()));
            }
        }
        out.sort(Comparator.comparingDouble(RequirementMatch::matchScore).reversed().thenComparing(RequirementMatch::requirementId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * Stores a recruiter's decision on a recommendation (the latest decision counts). A rejected
     * consultant drops out of the requirement's later runs; both decisions feed the history factor.
     *
     * @throws InvalidRequestException when a rejection has no reason, or the reason is over 1,000 characters
     * @throws NotFoundException       when there is no such recommendation
     */
    public RecommendationFeedback feedback(Caller caller, UUID recommendationId, RecommendationFeedback.Decision decision,
                                           String reason) {
        caller.require(Permission.RECOMMENDATION_RUN);
        Objects.requireNonNull(decision, "decision");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == RecommendationFeedback.Decision.REJECT && why == null) {
            throw new InvalidRequestException("reason", "a rejection needs a reason (it is what the next recruiter reads)");
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidRequestException("reason", "must be at most 1000 characters");
        }
        Instant now = clock.instant();
        return sql.inTenant(caller.tenant(), s -> {
            Row rec = s.queryOne("""
                    select requirement_id, consultant_id from recommendation where tenant_id = :tenant and id = :id""",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", recommendationId))
                    .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
            RecommendationFeedback fb = new RecommendationFeedback(recommendationId, rec.uuid("requirement_id"),
                    rec.uuid("consultant_id"), decision, why, caller.userId(), now);
            s.update("""
                    insert into recommendation_feedback (tenant_id, recommendation_id, requirement_id, consultant_id,
                        decision, reason, decided_by, decided_at)
                    values (:tenant, :id, :requirement, :consultant, :decision, :reason, :by, :at)
                    on conflict (tenant_id, recommendation_id) do update set decision = excluded.decision,
                        reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at""",
                    SqlParams.of("tenant", caller.tenant().value()).and("id", recommendationId)
                            .and("requirement", fb.requirementId()).and("consultant", fb.consultantId())
                            .and("decision", decision.name()).and("reason", why).and("by", caller.userId()).and("at", now));
            audit.record(new SqlTx(s, caller.tenant()), caller, "recommendation.feedback", "recommendation", recommendationId, null, null,
                    Map.of("decision", decision.name(), "requirementId", fb.requirementId().toString(),
                            "consultantId", fb.consultantId().toString()));
            return fb;
        });
    }

    /** The tenant's matching settings (the defaults until someone changes them). */
    public MatchSettings settings(Caller caller) {
        caller.require(Permission.REQUIREMENT_READ);
        return data.forTenant(caller.tenant());
    }

    /**
     * Replaces the tenant's matching settings; the version becomes {@code tenant-<n>}, recorded by every
     * later run. Audited with the previous and new settings.
     *
     * @throws com.benchcrm.common.ValidationException listing every broken rule
     */
    public MatchSettings updateSettings(Caller caller, MatchSettingsInput input) {
        caller.require(Permission.SETTINGS_MANAGE);
        input.toSettings("check");
        return sql.inTenant(caller.tenant(), s -> {
            Optional<Row> current = s.queryOne(
                    "select version, settings::text as settings from match_settings where tenant_id = :tenant for update",
                    SqlParams.of("tenant", caller.tenant().value()));
            int next = current.map(r -> r.string("version")).filter(v -> v.startsWith("tenant-"))
                    .map(v -> Integer.parseInt(v.substring("tenant-".length())) + 1).orElse(1);
            MatchSettings updated = input.toSettings("tenant-" + next);
            MatchSettings before = current.map(r -> SqlMatchData.parse(r.string("version"), r.string("settings")))
                    .orElse(MatchSettings.DEFAULT);
            s.update("""
                    insert into match_settings (tenant_id, version, settings, updated_by, updated_at)
                    values (:tenant, :version, :settings, :by, :at)
                    on conflict (tenant_id) do update set version = excluded.version, settings = excluded.settings,
                        updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                    SqlParams.of("tenant", caller.tenant().value()).and("version", updated.version())
                            .and("settings", new SqlJson(Json.write(MatchSettingsInput.of(updated))))
                            .and("by", caller.userId()).and("at", clock.instant()));
            audit.record(new SqlTx(s, caller.tenant()), caller, "match_settings.updated", "match_settings", null, MatchSettingsInput.of(before),
                    MatchSettingsInput.of(updated), Map.of("version", updated.version()));
            return updated;
        });
    }

    private MatchRun store(SqlSession s, Caller caller, Requirement requirement, Recommendations ranked, int topK,
                           MatchTrigger trigger) {
        UUID runId = ids.next();
        Instant now = clock.instant();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        ranked.excluded().forEach((f, n) -> excluded.put(f.name(), n));
        String requestedBy = trigger == MatchTrigger.API ? caller.userId() : null;
        s.update("""
                insert into match_run (tenant_id, id, requirement_id, requirement_version, trigger, requested_by, top_k,
                    candidates, scored, rejected_by_recruiter, excluded, engine_version, settings_version, embedding_model,
                    timings_micros, trace_id, created_at)
                values (:tenant, :id, :requirement, :version, :trigger, :by, :top_k, :candidates, :scored, :rejected,
                    :excluded, :engine, :settings, :model, :timings, :trace, :at)""",
                SqlParams.of("tenant", caller.tenant().value()).and("id", runId).and("requirement", requirement.id())
                        .and("version", requirement.version()).and("trigger", trigger.name()).and("by", requestedBy)
                        .and("top_k", topK).and("candidates", ranked.candidates()).and("scored", ranked.scored())
                        .and("rejected", ranked.rejectedByRecruiter()).and("excluded", new SqlJson(Json.write(excluded)))
                        .and("engine", MatchEngine.VERSION).and("settings", ranked.settingsVersion())
                        .and("model", ranked.embeddingModel()).and("timings", new SqlJson(Json.write(ranked.timingsMicros())))
                        .and("trace", caller.traceId()).and("at", now));
        List<Map<String, Object>> rows = new ArrayList<>();
        int rank = 0;
        for (MatchResult r : ranked.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", ids.next().toString());
            row.put("rank", ++rank);
            row.put("consultant_id", r.consultantId().toString());
            row.put("match_score", clamp(r.matchScore()));
            row.put("success_probability", clamp(r.successProbability()));
            row.put("calibrated", r.calibrated());
            row.put("reasons", r.reasons());
            row.put("factors", r.factors());
            row.put("flags", r.flags());
            row.put("model_version", r.modelVersion());
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            s.update("""
                    insert into recommendation (tenant_id, id, match_run_id, requirement_id, consultant_id, rank, match_score,
                        success_probability, calibrated, reasons, factors, flags, model_version)
                    select :tenant, x.id, :run, :requirement, x.consultant_id, x.rank, x.match_score, x.success_probability,
                        x.calibrated, x.reasons, x.factors, x.flags, x.model_version
                    from jsonb_to_recordset(:rows) as x(id uuid, rank int, consultant_id uuid, match_score double precision,
                        success_probability double precision, calibrated boolean, reasons jsonb, factors jsonb, flags jsonb,
                        model_version text)""",
                    SqlParams.of("tenant", caller.tenant().value()).and("run", runId).and("requirement", requirement.id())
                            .and("rows", new SqlJson(Json.write(rows))));
        }
        audit.record(new SqlTx(s, caller.tenant()), caller, "match_run.created", "match_run", runId, null, null,
                Map.of("requirementId", requirement.id().toString(), "trigger", trigger.name(), "count", rows.size()));
        outbox.append(new SqlTx(s, caller.tenant()), caller, EventCatalog.RECOMMENDATIONS_READY, EventCatalog.currentVersion(EventCatalog.RECOMMENDATIONS_READY),
                "requirement", requirement.id(), Map.of("requirementId", requirement.id().toString(),
                        "requirementVersion", requirement.version(), "matchRunId", runId.toString(), "count", rows.size()));
        Row run = s.queryOne("select * from match_run where tenant_id = :tenant and id = :id",
                SqlParams.of("tenant", caller.tenant().value()).and("id", runId)).orElseThrow();
        return read(s, caller.tenant(), run);
    }

    private static MatchRun read(SqlSession s, TenantId tenant, Row run) {
        UUID runId = run.uuid("id");
        List<MatchRun.Recommendation> recs = new ArrayList<>();
        for (Row r : s.query("""
                select x.id, x.rank, x.consultant_id, c.full_name, c.title, x.match_score, x.success_probability, x.calibrated,
                       x.reasons::text as reasons, x.factors::text as factors, x.flags::text as flags, x.model_version,
                       f.decision, f.reason as feedback_reason, f.decided_by, f.decided_at
                from recommendation x
                join consultant c on c.tenant_id = x.tenant_id and c.id = x.consultant_id
                left join recommendation_feedback f on f.tenant_id = x.tenant_id and f.recommendation_id = x.id
                where x.tenant_id = :tenant and x.match_run_id = :run
                order by x.rank""", SqlParams.of("tenant", tenant.value()).and("run", runId))) {
            RecommendationFeedback fb = r.isNull("decision") ? null
                    : new RecommendationFeedback(r.uuid("id"), run.uuid("requirement_id"), r.uuid("consultant_id"),
                            RecommendationFeedback.Decision.valueOf(r.string("decision")), r.string("feedback_reason"),
                            r.string("decided_by"), r.instant("decided_at"));
            recs.add(new MatchRun.Recommendation(r.uuid("id"), r.intValue("rank"), r.uuid("consultant_id"), r.string("full_name"),
                    r.string("title"), r.doubleValue("match_score"), r.doubleValue("success_probability"), r.bool("calibrated"),
                    readJson(r.string("reasons"), STRINGS), readJson(r.string("factors"), FACTORS),
                    readJson(r.string("flags"), FLAGS), r.string("model_version"), fb));
        }
        return new MatchRun(runId, run.uuid("requirement_id"), run.longValue("requirement_version"),
                MatchTrigger.valueOf(run.string("trigger")), run.string("requested_by"), run.intValue("top_k"),
                run.intValue("candidates"), run.intValue("scored"), run.intValue("rejected_by_recruiter"),
                readJson(run.string("excluded"), COUNTS), run.string("engine_version"), run.string("settings_version"),
                run.string("embedding_model"), readJson(run.string("timings_micros"), TIMINGS), run.instant("created_at"), recs);
    }

    private static <T> T readJson(String json, TypeReference<T> type) {
        try {
            return Json.strict().readValue(json, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored match data is not valid JSON", e);
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
