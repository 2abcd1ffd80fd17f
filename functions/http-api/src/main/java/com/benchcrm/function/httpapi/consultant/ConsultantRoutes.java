package com.benchcrm.function.httpapi.consultant;

import com.benchcrm.common.Tags;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantInput;
import com.benchcrm.consultant.Consultants;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.EntityRoutes;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.PathIds;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.function.httpapi.http.TagsBody;
import com.benchcrm.security.Permission;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Registers {@code /v1/consultants} (the list filtered by {@code ?tag=}), {@code /v1/consultants/{id}}
 * and {@code PUT /v1/consultants/{id}/tags}.
 */
public final class ConsultantRoutes {

    public static final String BASE = "/v1/consultants";

    private ConsultantRoutes() {}

    public static void register(Router router, Consultants consultants) {
        EntityRoutes.register(
                router,
                BASE,
                consultants,
                ConsultantInput.class,
                (req, caller, page) -> consultants.list(caller, page, Tags.filter(req.queryParam("tag"))));
        router.add("PUT", BASE + "/{id}/tags", false, (req, caller) -> {
            UUID id = PathIds.id(req, "consultant");
            OptionalLong ifMatch = ETags.ifMatch(req);
            caller.require(Permission.CONSULTANT_WRITE);
            TagsBody body = JsonBodies.read(req, TagsBody.class);
            Consultant updated = consultants.setTags(caller, id, body.tags(), ifMatch);
            return HttpResponse.json(200, updated).header("etag", ETags.of(updated.version()));
        });
    }
}
