package com.benchcrm.function.httpapi.marketing;

import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.marketing.ConsultantMarketingPreferences;
import com.benchcrm.marketing.HotListInput;
import com.benchcrm.marketing.HotLists;
import com.benchcrm.marketing.MarketingPolicy;
import com.benchcrm.marketing.MarketingSettings;
import com.benchcrm.security.Permission;

/**
 * Registers {@code /v1/hot-lists} (the entity conventions: cursor pages, ETags and {@code If-Match},
 * {@code Idempotency-Key}, merge patch), {@code GET /v1/hot-lists/{id}/preview} (the list rendered
 * now: subject, HTML, plain text and the lines), {@code GET|PUT /v1/consultants/{id}/marketing} and
 * {@code GET|PUT /v1/settings/marketing}.
 */
public final class HotListRoutes {

    public static final String BASE = "/v1/hot-lists";
    public static final String SETTINGS = "/v1/settings/marketing";

    private HotListRoutes() {}

    public static void register(
            Router router, HotLists hotLists, ConsultantMarketingPreferences preferences, MarketingPolicy policy) {
        EntityRoutes.register(router, BASE, hotLists, HotListInput.class);
        router.add(
                "GET",
                BASE + "/{id}/preview",
                false,
                (req, caller) -> HttpResponse.json(200, hotLists.preview(caller, req.idParam("hot_list"))));
        router.add(
                "GET",
                "/v1/consultants/{id}/marketing",
                false,
                (req, caller) -> HttpResponse.json(200, preferences.get(caller, req.idParam("consultant"))));
        router.add("PUT", "/v1/consultants/{id}/marketing", false, (req, caller) -> {
            var id = req.idParam("consultant");
            caller.require(Permission.CONSULTANT_WRITE);
            var in = JsonBodies.read(req, ConsultantMarketingPreferences.Input.class);
            return HttpResponse.json(200, preferences.set(caller, id, in));
        });
        // no ETag: version 0 (the defaults) is not an entity tag; If-Match on PUT names the body's version
        router.add("GET", SETTINGS, false, (req, caller) -> HttpResponse.json(200, policy.get(caller)));
        router.add("PUT", SETTINGS, false, (req, caller) -> {
            caller.require(Permission.SETTINGS_MANAGE);
            var ifMatch = ETags.ifMatch(req);
            var in = JsonBodies.read(req, MarketingSettings.Input.class);
            MarketingSettings s = policy.put(caller, in, ifMatch);
            return HttpResponse.json(200, s);
        });
    }
}
