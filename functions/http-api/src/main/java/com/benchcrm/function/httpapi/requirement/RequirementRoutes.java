package com.benchcrm.function.httpapi.requirement;

import com.benchcrm.common.Tags;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.PathIds;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.function.httpapi.http.TagsBody;
import com.benchcrm.requirement.Requirement;
import com.benchcrm.requirement.RequirementInput;
import com.benchcrm.requirement.Requirements;
import com.benchcrm.security.Permission;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Registers {@code /v1/requirements} (the list filtered by {@code ?tag=}), {@code /v1/requirements/{id}},
 * {@code GET /v1/requirements/{id}/sources} (provenance) and {@code PUT /v1/requirements/{id}/tags}.
 */
public final class RequirementRoutes {

    public static final String BASE = "/v1/requirements";

    private RequirementRoutes() {}

    public static void register(Router router, Requirements requirements) {
        EntityRoutes.register(
                router,
                BASE,
                requirements,
                RequirementInput.class,
                (req, caller, page) -> requirements.list(caller, page, Tags.filter(req.queryParam("tag"))));
        router.add(
                "GET",
                BASE + "/{id}/sources",
                false,
                (req, caller) -> HttpResponse.json(
                        200,
                        RequirementSourcesResponse.of(
                                requirements.provenance(caller, PathIds.id(req, "requirement")))));
        router.add("PUT", BASE + "/{id}/tags", false, (req, caller) -> {
            UUID id = PathIds.id(req, "requirement");
            OptionalLong ifMatch = ETags.ifMatch(req);
            caller.require(Permission.REQUIREMENT_WRITE);
            TagsBody body = JsonBodies.read(req, TagsBody.class);
            Requirement updated = requirements.setTags(caller, id, body.tags(), ifMatch);
            return HttpResponse.json(200, updated).header("etag", ETags.of(updated.version()));
        });
    }
}
