package com.benchcrm.function.httpapi.settings;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Permission;
import com.benchcrm.workauth.ExpirySettings;

/**
 * {@code GET}/{@code PUT /v1/settings/work-authorization}: the tenant's lead time for
 * {@code WorkAuthorizationExpiring} (read by every role, changed by Owner and Admin).
 */
public final class WorkAuthorizationSettingsRoutes {

    public static final String PATH = "/v1/settings/work-authorization";

    /** The body of the {@code PUT}. */
    public record Input(Integer leadDays) {}

    private WorkAuthorizationSettingsRoutes() {}

    public static void register(Router router, ExpirySettings settings) {
        router.add("GET", PATH, false, (req, caller) -> HttpResponse.json(200, settings.get(caller)));
        router.add("PUT", PATH, false, (req, caller) -> {
            caller.require(Permission.SETTINGS_MANAGE);
            Input in = JsonBodies.read(req, Input.class);
            return HttpResponse.json(200, settings.set(caller, in.leadDays()));
        });
    }
}
