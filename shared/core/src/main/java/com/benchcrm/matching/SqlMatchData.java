package com.benchcrm.matching;

import com.benchcrm.common.Json;
import com.benchcrm.sql.Row;
import com.benchcrm.sql.SqlParams;
import com.benchcrm.sql.SqlPort;
import com.benchcrm.tenancy.TenantId;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The matching ports over PostgreSQL, each one statement under the tenant's row-level security:
 *
 * <ul>
 *   <li>{@link MatchHistory}: recruiter feedback on recommendations (ACCEPT a win, REJECT a loss), dated by
 *       the decision; the pipeline's outcomes come from {@code PipelineHistory}, which adds this as a weaker signal;</li>
 *   <li>{@link RejectedCandidates}: consultants whose latest feedback for a requirement is REJECT;</li>
 *   <li>{@link MatchSettingsProvider}: the tenant's {@code match_settings} row, or the defaults.</li>
 * </ul>
 */
public final class SqlMatchData implements MatchHistory, RejectedCandidates, MatchSettingsProvider {

    private final SqlPort sql;

    public SqlMatchData(SqlPort sql) {
        this.sql = sql;
    }

    @Override
    public Map<UUID, List<Outcome>> consultants(TenantId tenant, Collection<UUID> consultantIds) {
        if (consultantIds.isEmpty()) {
            return Map.of();
        }
        String csv = csv(consultantIds);
        List<Row> rows = sql.inTenant(tenant, s -> s.query("""
                select consultant_id, decided_at, decision = 'ACCEPT' as won
                from recommendation_feedback
                where tenant_id = :tenant and consultant_id = any(cast(string_to_array(:ids, ',') as uuid[]))""",
                SqlParams.of("tenant", tenant.value()).and("ids", csv)));
        Map<UUID, List<Outcome>> byConsultant = new HashMap<>();
        for (Row r : rows) {
            byConsultant.computeIfAbsent(r.uuid("consultant_id"), k -> new ArrayList<>()).add(outcome(r));
        }
        return byConsultant;
    }

    /** Feedback is about consultants, not clients: a client's history is its submissions' ({@code PipelineHistory}). */
    @Override
    public List<Outcome> company(TenantId tenant, String clientName) {
        return List.of();
    }

    @Override
    public Set<UUID> rejected(TenantId tenant, UUID requirementId) {
        return latestRejections(tenant, "consultant_id", "requirement_id", requirementId);
    }

    /** Requirements whose latest feedback on this consultant is REJECT. */
    public Set<UUID> rejectedRequirements(TenantId tenant, UUID consultantId) {
        return latestRejections(tenant, "requirement_id", "consultant_id", consultantId);
    }

    /** The {@code key} column of the pairs with {@code by = value} whose latest decision is REJECT. */
    private Set<UUID> latestRejections(TenantId tenant, String key, String by, UUID value) {
        List<Row> rows = sql.inTenant(tenant, s -> s.query(
                "select distinct on (" + key + ") " + key + " as id, decision from recommendation_feedback"
                        + " where tenant_id = :tenant and " + by + " = :value order by " + key + ", decided_at desc",
                SqlParams.of("tenant", tenant.value()).and("value", value)));
        Set<UUID> out = new HashSet<>();
        for (Row r : rows) {
            if ("REJECT".equals(r.string("decision"))) {
                out.add(r.uuid("id"));
            }
        }
        return out;
    }

    @Override
    public MatchSettings forTenant(TenantId tenant) {
        return sql.inTenant(tenant, s -> s.queryOne(
                        "select version, settings::text as settings from match_settings where tenant_id = :tenant",
                        SqlParams.of("tenant", tenant.value())))
                .map(r -> parse(r.string("version"), r.string("settings")))
                .orElse(MatchSettings.DEFAULT);
    }

    /** Reads the stored settings document; {@link MatchRuns#updateSettings} wrote it from a {@link MatchSettingsInput}. */
    static MatchSettings parse(String version, String json) {
        JsonNode n = Json.read(json, JsonNode.class);
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            weights.put(f, n.path("weights").path(f.code()).asDouble(0));
        }
        JsonNode filters = n.path("filters");
        HardFilters d = HardFilters.DEFAULT;
        return new MatchSettings(version, MatchWeights.of(weights),
                n.path("skillOverlapShare").asDouble(MatchSettings.DEFAULT.skillOverlapShare()),
                new HardFilters(
                        action(filters.path("workAuthorization"), d.workAuthorization()),
                        action(filters.path("availability"), d.availability()),
                        action(filters.path("rateOverBudget"), d.rateOverBudget()),
                        filters.path("availabilityWindowDays").asInt(d.availabilityWindowDays()),
                        filters.path("rateTolerance").asDouble(d.rateTolerance()),
                        action(filters.path("requiredSkills"), d.requiredSkills()),
                        filters.path("minRequiredSkillShare").asDouble(d.minRequiredSkillShare())),
                n.path("candidatePoolSize").asInt(MatchSettings.DEFAULT.candidatePoolSize()));
    }

    private static FilterAction action(JsonNode n, FilterAction fallback) {
        return n.isTextual() ? FilterAction.valueOf(n.asText().toUpperCase(java.util.Locale.ROOT)) : fallback;
    }

    private static Outcome outcome(Row r) {
        LocalDate day = r.instant("decided_at").atOffset(ZoneOffset.UTC).toLocalDate();
        return new Outcome(day, r.bool("won"));
    }

    static String csv(Collection<UUID> ids) {
        return String.join(",", ids.stream().map(UUID::toString).toList());
    }
}
