package com.benchcrm.function.httpapi.settings;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.NotConfigured;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.matching.MatchRuns;
import com.benchcrm.matching.MatchSettingsInput;
import com.benchcrm.security.Permission;
import java.util.Optional;

/**
 * Registers {@code GET} and {@code PUT /v1/settings/matching}: the tenant's factor weights, hard
 * filters and candidate pool ({@code PUT} needs {@link Permission#SETTINGS_MANAGE}); 503
 * {@code not-configured} without an embedding model.
 */
public final class MatchSettingsRoutes {

    private MatchSettingsRoutes() {}

    public static void register(Router router, Optional<MatchRuns> matchRuns) {
        router.add(
                "GET",
                "/v1/settings/matching",
                false,
                (req, caller) -> HttpResponse.json(
                        200,
                        MatchSettingsResponse.of(
                                NotConfigured.matching(matchRuns).settings(caller))));
        router.add("PUT", "/v1/settings/matching", false, (req, caller) -> {
            MatchRuns runs = NotConfigured.matching(matchRuns);
            caller.require(Permission.SETTINGS_MANAGE);
            MatchSettingsInput in = JsonBodies.read(req, MatchSettingsInput.class);
            return HttpResponse.json(200, MatchSettingsResponse.of(runs.updateSettings(caller, in)));
        });
    }
}
