package com.benchcrm.function.httpapi.activity;

import com.benchcrm.activity.Activities;
import com.benchcrm.activity.Activity;
import com.benchcrm.activity.ActivityInput;
import com.benchcrm.activity.TimelineEntry;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.PathIds;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Permission;
import java.util.List;
import java.util.Map;

/**
 * For each kind of record the {@link Activities} use case knows: {@code POST} and {@code GET
 * /v1/<records>/{id}/activities} (log one, list them) and {@code GET /v1/<records>/{id}/timeline}
 * (activities and audited changes, newest first).
 */
public final class ActivityRoutes {

    /** A page of activities or timeline entries. */
    public record PageResponse<T>(List<T> items, String nextCursor) {

        static <T> PageResponse<T> of(Page<T> page) {
            return new PageResponse<>(page.items(), page.nextCursor().orElse(null));
        }
    }

    private ActivityRoutes() {}

    /** @param collections record kind ({@code consultant}) to its collection path ({@code /v1/consultants}) */
    public static void register(Router router, Activities activities, Map<String, String> collections) {
        collections.forEach((entity, base) -> {
            if (!activities.supports(entity)) {
                return;
            }
            router.add("POST", base + "/{id}/activities", false, (req, caller) -> {
                var id = PathIds.id(req, entity);
                caller.require(Permission.ACTIVITY_WRITE);
                ActivityInput in = JsonBodies.read(req, ActivityInput.class);
                Activity a = activities.log(caller, entity, id, in);
                return HttpResponse.json(201, a).header("location", base + "/" + id + "/activities");
            });
            router.add("GET", base + "/{id}/activities", false, (req, caller) -> {
                var id = PathIds.id(req, entity);
                PageRequest page = PageRequest.parse("activity", req.queryParam("limit"), req.queryParam("cursor"));
                return HttpResponse.json(200, PageResponse.of(activities.list(caller, entity, id, page)));
            });
            router.add("GET", base + "/{id}/timeline", false, (req, caller) -> {
                var id = PathIds.id(req, entity);
                PageRequest page = PageRequest.parse("timeline", req.queryParam("limit"), req.queryParam("cursor"));
                Page<TimelineEntry> result = activities.timeline(caller, entity, id, page);
                return HttpResponse.json(200, PageResponse.of(result));
            });
        });
    }
}
