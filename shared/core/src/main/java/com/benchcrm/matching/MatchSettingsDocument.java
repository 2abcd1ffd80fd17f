package com.benchcrm.matching;

import com.benchcrm.common.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The stored form of a tenant's matching settings: the JSON of its {@link MatchSettingsInput}, read
 * back leniently (a missing field takes the default), so settings written by an older version still
 * read.
 */
public final class MatchSettingsDocument {

    private MatchSettingsDocument() {}

    /** The JSON document stored for {@code settings}. */
    public static String write(MatchSettings settings) {
        return Json.write(MatchSettingsInput.of(settings));
    }

    /** Reads a stored document as the settings of {@code version}. */
    public static MatchSettings read(String version, String json) {
        JsonNode n = Json.read(json, JsonNode.class);
        Map<Factor, Double> weights = new EnumMap<>(Factor.class);
        for (Factor f : Factor.values()) {
            weights.put(f, n.path("weights").path(f.code()).asDouble(0));
        }
        JsonNode filters = n.path("filters");
        HardFilters d = HardFilters.DEFAULT;
        return new MatchSettings(
                version,
                MatchWeights.of(weights),
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
        return n.isTextual() ? FilterAction.valueOf(n.asText().toUpperCase(Locale.ROOT)) : fallback;
    }
}
