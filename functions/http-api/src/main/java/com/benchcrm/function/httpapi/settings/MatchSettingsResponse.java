package com.benchcrm.function.httpapi.settings;

import com.benchcrm.matching.MatchSettings;
import com.benchcrm.matching.MatchSettingsInput;
import java.util.Map;

/** A tenant's matching settings with their version ({@code MatchSettings} in the OpenAPI document). */
public record MatchSettingsResponse(
        String version,
        Map<String, Double> weights,
        Double skillOverlapShare,
        Integer candidatePoolSize,
        MatchSettingsInput.Filters filters) {

    static MatchSettingsResponse of(MatchSettings settings) {
        MatchSettingsInput in = MatchSettingsInput.of(settings);
        return new MatchSettingsResponse(
                settings.version(), in.weights(), in.skillOverlapShare(), in.candidatePoolSize(), in.filters());
    }
}
