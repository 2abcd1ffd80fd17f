package com.benchcrm.function.httpapi.rtr;

import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.function.httpapi.submission.Params;
import com.benchcrm.rtr.Rtr;
import com.benchcrm.rtr.RtrInput;
import com.benchcrm.rtr.Rtrs;
import com.benchcrm.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers {@code POST /v1/rtrs}, {@code GET /v1/rtrs?consultantId=&requirementId=},
 * {@code GET /v1/rtrs/{id}} and {@code POST /v1/rtrs/{id}/revocation}.
 */
public final class RtrRoutes {

    private RtrRoutes() {}

    /** The body of a revocation. */
    public record Revocation(String reason) {}

    public static void register(Router router, Rtrs rtrs, Clock clock) {
        router.add("POST", "/v1/rtrs", false, (req, caller) -> {
            caller.require(Permission.SUBMISSION_WRITE);
            Rtr rtr = rtrs.record(caller, JsonBodies.read(req, RtrInput.class));
            return HttpResponse.json(201, RtrResponse.of(rtr, clock.instant()))
                    .header("location", "/v1/rtrs/" + rtr.id());
        });
        router.add("GET", "/v1/rtrs", false, (req, caller) -> {
            PageRequest page = PageRequest.parse(Rtrs.KIND, req.queryParam("limit"), req.queryParam("cursor"));
            Page<Rtr> result =
                    rtrs.list(caller, Params.queryId(req, "consultantId"), Params.queryId(req, "requirementId"), page);
            Instant now = clock.instant();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(
                    "items",
                    result.items().stream().map(r -> RtrResponse.of(r, now)).toList());
            result.nextCursor().ifPresent(c -> body.put("nextCursor", c));
            return HttpResponse.json(200, body);
        });
        router.add(
                "GET",
                "/v1/rtrs/{id}",
                false,
                (req, caller) -> HttpResponse.json(
                        200, RtrResponse.of(rtrs.get(caller, Params.pathId(req, "rtr")), clock.instant())));
        router.add("POST", "/v1/rtrs/{id}/revocation", false, (req, caller) -> {
            var id = Params.pathId(req, "rtr");
            caller.require(Permission.SUBMISSION_WRITE);
            Revocation body = JsonBodies.read(req, Revocation.class);
            return HttpResponse.json(200, RtrResponse.of(rtrs.revoke(caller, id, body.reason()), clock.instant()));
        });
    }
}
