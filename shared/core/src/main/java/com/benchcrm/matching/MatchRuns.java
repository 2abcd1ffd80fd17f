package com.benchcrm.matching;

import com.benchcrm.audit.AuditLog;
import com.benchcrm.common.Ids;
import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.events.DomainEvent;
import com.benchcrm.events.EventCatalog;
import com.benchcrm.events.ProcessedEvents;
import com.benchcrm.outbox.Outbox;
import com.benchcrm.persistence.Transactions;
import com.benchcrm.persistence.Tx;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementStatus;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.security.Role;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorHit;
import com.benchcrm.vector.VectorIndex;
import com.benchcrm.vector.VectorQuery;
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
 * MatchRuns runs = new MatchRuns(db.transactions(), db.matchRuns(), db.matchSettings(), requirements, consultants, model, index,
 *         audit, outbox, new ProcessedEvents(db.processedEvents(), clock), ids, clock);
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

    private final Transactions transactions;
    private final MatchRunRepository runs;
    private final MatchSettingsRepository settingsRepository;
    private final Requirements requirements;
    private final Consultants consultants;
    private final Recommender recommender;
    private final EmbeddingModel model;
    private final VectorIndex index;
    private final MatchEngine engine;
    private final StoredMatchData data;
    private final MatchHistory history;
    private final AuditLog audit;
    private final Outbox outbox;
    private final ProcessedEvents processed;
    private final Ids ids;
    private final Clock clock;

    public MatchRuns(
            Transactions transactions,
            MatchRunRepository runs,
            MatchSettingsRepository settings,
            Requirements requirements,
            Consultants consultants,
            EmbeddingModel model,
            VectorIndex index,
            AuditLog audit,
            Outbox outbox,
            ProcessedEvents processed,
            Ids ids,
            Clock clock) {
        this(
                transactions,
                runs,
                settings,
                requirements,
                consultants,
                model,
                index,
                audit,
                outbox,
                processed,
                ids,
                clock,
                null);
    }

    /**
     * @param history the history factor's outcomes ({@code PipelineHistory}: submissions, interviews and placements, the
     *                recruiters' feedback as a weaker signal); null: the feedback only ({@link StoredMatchData})
     */
    public MatchRuns(
            Transactions transactions,
            MatchRunRepository runs,
            MatchSettingsRepository settings,
            Requirements requirements,
            Consultants consultants,
            EmbeddingModel model,
            VectorIndex index,
            AuditLog audit,
            Outbox outbox,
            ProcessedEvents processed,
            Ids ids,
            Clock clock,
            MatchHistory history) {
        this(
                transactions,
                runs,
                settings,
                requirements,
                consultants,
                model,
                index,
                audit,
                outbox,
                processed,
                ids,
                clock,
                history,
                com.benchcrm.matching.success.SuccessModels.NONE);
    }

    /**
     * @param success the tenants' calibrated success models (ADR 0076); {@code SuccessModels.NONE}: the fixed curve
     */
    public MatchRuns(
            Transactions transactions,
            MatchRunRepository runs,
            MatchSettingsRepository settings,
            Requirements requirements,
            Consultants consultants,
            EmbeddingModel model,
            VectorIndex index,
            AuditLog audit,
            Outbox outbox,
            ProcessedEvents processed,
            Ids ids,
            Clock clock,
            MatchHistory history,
            com.benchcrm.matching.success.SuccessModels success) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.runs = Objects.requireNonNull(runs, "runs");
        this.settingsRepository = Objects.requireNonNull(settings, "settings");
        this.requirements = Objects.requireNonNull(requirements, "requirements");
        this.consultants = Objects.requireNonNull(consultants, "consultants");
        this.model = Objects.requireNonNull(model, "model");
        this.index = Objects.requireNonNull(index, "index");
        this.audit = audit;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
        this.data = new StoredMatchData(transactions, runs, settings);
        this.engine = new MatchEngine(clock);
        this.processed = processed;
        ConsultantLookup lookup = (tenant, candidateIds) -> consultants.findAll(tenant, candidateIds);
        this.history = history == null ? data : history;
        this.recommender = new Recommender(
                model,
                index,
                lookup,
                data,
                this.history,
                data,
                engine,
                LexicalCandidates.fromIndex(index, model.info().key()),
                success);
    }

    /** The tenant's matching settings (weights, filters, candidate pool). */
    public StoredMatchData data() {
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
        return transactions.inTenant(
                caller.tenant(),
                tx -> store(tx, caller, requirement, ranked, topK, MatchTrigger.API, clock.instant(), true));
    }

    /**
     * Records the run the recommender would have stored when a past requirement arrived (imported history, ADR 0077):
     * the given consultants scored as of {@code at} ({@link Recommender#scoreAsOf}: same features and engine version
     * as a live run, the history factor from outcomes before then, the fixed success curve), stored with
     * {@code created_at = at} and trigger {@code REQUIREMENT_IMPORTED}, audited, no {@code RecommendationsReady}
     * (nobody is waiting for a past run). A requirement that has a run already gets none (a re-import adds nothing).
     * Admin only, like the history import itself.
     *
     * @return the stored run, or empty when the requirement had one
     * @throws NotFoundException when the requirement does not exist
     */
    public Optional<MatchRun> recordAsOf(
            Caller caller, UUID requirementId, java.util.Collection<UUID> consultantIds, Instant at) {
        caller.require(Permission.SETTINGS_MANAGE);
        Requirement requirement = requirements.get(caller, requirementId);
        if (transactions
                .inTenant(caller.tenant(), tx -> runs.latest(tx, requirementId))
                .isPresent()) {
            return Optional.empty();
        }
        List<MatchResult> scored = recommender.scoreAsOf(caller.tenant(), requirement, consultantIds, at);
        Map<HardFilter, Integer> excluded = new java.util.EnumMap<>(HardFilter.class);
        MatchSettings s = data.forTenant(caller.tenant());
        Recommendations ranked = new Recommendations(
                requirement.id(),
                scored,
                scored.size(),
                scored.size(),
                excluded,
                0,
                s.version(),
                model.info().key(),
                Map.of());
        return transactions.inTenant(
                caller.tenant(),
                tx -> runs.latest(tx, requirementId).isPresent()
                        ? Optional.<MatchRun>empty()
                        : Optional.of(store(
                                tx,
                                caller,
                                requirement,
                                ranked,
                                Math.max(1, scored.size()),
                                MatchTrigger.REQUIREMENT_IMPORTED,
                                at,
                                false)));
    }

    /**
     * The automatic run for a {@code RequirementImported} (or {@code RequirementUpdated}) event: empty
     * when the requirement is gone, is not open, or the event was handled before.
     */
    public Optional<MatchRun> runFor(DomainEvent event, int topK) {
        MatchTrigger trigger = switch (event.type()) {
            case EventCatalog.REQUIREMENT_IMPORTED -> MatchTrigger.REQUIREMENT_IMPORTED;
            case EventCatalog.REQUIREMENT_UPDATED -> MatchTrigger.REQUIREMENT_UPDATED;
            default ->
                throw new IllegalArgumentException("a match run follows a requirement event, not " + event.type());
        };
        UUID requirementId = UUID.fromString(event.data().path("id").asText());
        Caller system = new Caller(
                event.tenant(), SYSTEM_ACTOR, Set.of(Role.Recruiter), event.traceId() == null ? "" : event.traceId());
        Optional<Requirement> requirement =
                requirements.findAll(event.tenant(), List.of(requirementId)).values().stream()
                        .findFirst();
        if (requirement.isEmpty() || requirement.get().status() != RequirementStatus.OPEN) {
            transactions.inTenant(event.tenant(), tx -> processed.firstTime(tx, CONSUMER, event));
            return Optional.empty();
        }
        Recommendations ranked = recommender.recommend(event.tenant(), requirement.get(), topK);
        return transactions.inTenant(
                event.tenant(),
                tx -> processed.firstTime(tx, CONSUMER, event)
                        ? Optional.of(
                                store(tx, system, requirement.get(), ranked, topK, trigger, clock.instant(), true))
                        : Optional.<MatchRun>empty());
    }

    /** The requirement's latest run, with feedback, if it has one. */
    public Optional<MatchRun> latest(Caller caller, UUID requirementId) {
        caller.require(Permission.REQUIREMENT_READ);
        caller.require(Permission.CONSULTANT_READ);
        Optional<MatchRun> latest = transactions.inTenant(caller.tenant(), tx -> runs.latest(tx, requirementId));
        if (latest.isEmpty()
                && requirements.findAll(caller.tenant(), List.of(requirementId)).isEmpty()) {
            throw new NotFoundException("requirement", requirementId);
        }
        return latest;
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
        List<VectorHit> hits = index.query(
                new VectorQuery(tenant, EntityKind.REQUIREMENT, modelKey, vector, settings.candidatePoolSize()));
        Map<UUID, Requirement> open =
                requirements.findAll(tenant, hits.stream().map(VectorHit::id).toList(), Set.of(RequirementStatus.OPEN));
        Set<UUID> rejectedFor = data.rejectedRequirements(tenant, consultantId);
        List<Outcome> own = history.consultants(tenant, List.of(consultantId)).getOrDefault(consultantId, List.of());
        Map<String, List<Outcome>> companies = new HashMap<>();
        List<RequirementMatch> out = new ArrayList<>();
        for (VectorHit h : hits) {
            Requirement r = open.get(h.id());
            if (r == null || rejectedFor.contains(r.id())) {
                continue;
            }
            List<Outcome> company = r.clientName() == null
                    ? List.of()
                    : companies.computeIfAbsent(
                            r.clientName().toLowerCase(Locale.ROOT), k -> history.company(tenant, r.clientName()));
            MatchResult m = engine.score(
                    MatchInput.of(r, consultant)
                            .withSimilarity(h.similarity(), modelKey)
                            .withHistory(own, company),
                    settings);
            if (!m.excluded()) {
                out.add(new RequirementMatch(
                        r.id(),
                        r.title(),
                        r.clientName(),
                        r.startDate(),
                        m.matchScore(),
                        m.successProbability(),
                        m.calibrated(),
                        m.reasons(),
                        m.factors(),
                        m.flags()));
            }
        }
        out.sort(Comparator.comparingDouble(RequirementMatch::matchScore)
                .reversed()
                .thenComparing(RequirementMatch::requirementId));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * Stores a recruiter's decision on a recommendation (the latest decision counts). A rejected
     * consultant drops out of the requirement's later runs; both decisions feed the history factor.
     *
     * @throws InvalidRequestException when a rejection has no reason, or the reason is over 1,000 characters
     * @throws NotFoundException       when there is no such recommendation
     */
    public RecommendationFeedback feedback(
            Caller caller, UUID recommendationId, RecommendationFeedback.Decision decision, String reason) {
        caller.require(Permission.RECOMMENDATION_RUN);
        Objects.requireNonNull(decision, "decision");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == RecommendationFeedback.Decision.REJECT && why == null) {
            throw new InvalidRequestException(
                    "reason", "a rejection needs a reason (it is what the next recruiter reads)");
        }
        if (why != null && why.length() > 1000) {
            throw new InvalidRequestException("reason", "must be at most 1000 characters");
        }
        Instant now = clock.instant();
        return transactions.inTenant(caller.tenant(), tx -> {
            MatchRunRepository.RecommendationRef rec = runs.findRecommendation(tx, recommendationId)
                    .orElseThrow(() -> new NotFoundException("recommendation", recommendationId));
            RecommendationFeedback fb = new RecommendationFeedback(
                    recommendationId, rec.requirementId(), rec.consultantId(), decision, why, caller.userId(), now);
            runs.saveFeedback(tx, fb);
            audit.record(
                    tx,
                    caller,
                    "recommendation.feedback",
                    "recommendation",
                    recommendationId,
                    null,
                    null,
                    Map.of(
                            "decision",
                            decision.name(),
                            "requirementId",
                            fb.requirementId().toString(),
                            "consultantId",
                            fb.consultantId().toString()));
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
        return transactions.inTenant(caller.tenant(), tx -> {
            Optional<MatchSettings> current = settingsRepository.findForUpdate(tx);
            int next = current.map(MatchSettings::version)
                    .filter(v -> v.startsWith("tenant-"))
                    .map(v -> Integer.parseInt(v.substring("tenant-".length())) + 1)
                    .orElse(1);
            MatchSettings updated = input.toSettings("tenant-" + next);
            MatchSettings before = current.orElse(MatchSettings.DEFAULT);
            settingsRepository.save(tx, updated, caller.userId(), clock.instant());
            audit.record(
                    tx,
                    caller,
                    "match_settings.updated",
                    "match_settings",
                    null,
                    MatchSettingsInput.of(before),
                    MatchSettingsInput.of(updated),
                    Map.of("version", updated.version()));
            return updated;
        });
    }

    private MatchRun store(
            Tx tx,
            Caller caller,
            Requirement requirement,
            Recommendations ranked,
            int topK,
            MatchTrigger trigger,
            Instant now,
            boolean announce) {
        UUID runId = ids.next();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        ranked.excluded().forEach((f, n) -> excluded.put(f.name(), n));
        String requestedBy = trigger == MatchTrigger.API ? caller.userId() : null;
        List<MatchRunRepository.NewRecommendation> recommendations = new ArrayList<>();
        int rank = 0;
        for (MatchResult r : ranked.results()) {
            recommendations.add(new MatchRunRepository.NewRecommendation(
                    ids.next(),
                    ++rank,
                    r.consultantId(),
                    clamp(r.matchScore()),
                    clamp(r.successProbability()),
                    r.calibrated(),
                    r.reasons(),
                    r.factors(),
                    r.flags(),
                    r.modelVersion()));
        }
        runs.insert(
                tx,
                new MatchRunRepository.NewRun(
                        runId,
                        requirement.id(),
                        requirement.version(),
                        trigger,
                        requestedBy,
                        topK,
                        ranked.candidates(),
                        ranked.scored(),
                        ranked.rejectedByRecruiter(),
                        excluded,
                        MatchEngine.VERSION,
                        ranked.settingsVersion(),
                        ranked.embeddingModel(),
                        ranked.timingsMicros(),
                        caller.traceId(),
                        now,
                        recommendations));
        audit.record(
                tx,
                caller,
                "match_run.created",
                "match_run",
                runId,
                null,
                null,
                Map.of(
                        "requirementId",
                        requirement.id().toString(),
                        "trigger",
                        trigger.name(),
                        "count",
                        recommendations.size()));
        if (!announce) {
            return runs.find(tx, runId).orElseThrow();
        }
        outbox.append(
                tx,
                caller,
                EventCatalog.RECOMMENDATIONS_READY,
                EventCatalog.currentVersion(EventCatalog.RECOMMENDATIONS_READY),
                "requirement",
                requirement.id(),
                Map.of(
                        "requirementId",
                        requirement.id().toString(),
                        "requirementVersion",
                        requirement.version(),
                        "matchRunId",
                        runId.toString(),
                        "count",
                        recommendations.size()));
        return runs.find(tx, runId).orElseThrow();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
