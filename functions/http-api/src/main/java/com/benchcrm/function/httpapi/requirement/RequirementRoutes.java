package com.benchcrm.function.httpapi.requirement;

import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;

/** Registers {@code /v1/requirements} and {@code /v1/requirements/{id}}. */
public final class RequirementRoutes {

    public static final String BASE = "/v1/requirements";

    private RequirementRoutes() {
    }

    public static void register(Router router, Requirements requirements) {
        EntityRoutes.register(router, BASE, requirements, RequirementInput.class);
    }
}
