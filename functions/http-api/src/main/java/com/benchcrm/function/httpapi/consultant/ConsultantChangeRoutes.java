package com.benchcrm.function.httpapi.consultant;

import com.benchcrm.common.NotFoundException;
import com.benchcrm.consultant.Consultant;
import com.benchcrm.consultant.ConsultantChanges;
import com.benchcrm.consultant.PendingChange;
import com.benchcrm.function.httpapi.http.ETags;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Caller;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The changes inbound mail proposed for an existing consultant, waiting for a recruiter (ADR 0056):
 * {@code GET /v1/consultants/{id}/pending-changes}, {@code POST .../{changeId}/approve} (the consultant
 * updated, 200 with its ETag) and {@code POST .../{changeId}/reject} (optional {@code {"reason": "..."}}).
 * Reading needs consultant:read, deciding consultant:write; every decision is audited.
 */
public final class ConsultantChangeRoutes {

    static final String BASE = ConsultantRoutes.BASE + "/{id}/pending-changes";

    /** The optional body of a rejection. */
    public record Rejection(String reason) {
    }

    private ConsultantChangeRoutes() {
    }

    public static void register(Router router, ConsultantChanges changes) {
        router.add("GET", BASE, false, (req, caller) -> list(req, caller, changes));
        router.add("POST", BASE + "/{changeId}/approve", false, (req, caller) -> approve(req, caller, changes));
        router.add("POST", BASE + "/{changeId}/reject", false, (req, caller) -> reject(req, caller, changes));
    }

    private static HttpResponse list(HttpRequest req, Caller caller, ConsultantChanges changes) {
        List<PendingChange> items = changes.list(caller, id(req, "id", "consultant"));
        return HttpResponse.json(200, Map.of("items", items));
    }

    private static HttpResponse approve(HttpRequest req, Caller caller, ConsultantChanges changes) {
        Consultant updated = changes.approve(caller, id(req, "id", "consultant"), id(req, "changeId", "consultant-change"));
        return HttpResponse.json(200, updated).header("etag", ETags.of(updated.version()));
    }

    private static HttpResponse reject(HttpRequest req, Caller caller, ConsultantChanges changes) {
        String reason = null;
        if (req.body().length > 0) {
            reason = JsonBodies.read(req, Rejection.class).reason();
        }
        return HttpResponse.json(200, changes.reject(caller, id(req, "id", "consultant"), id(req, "changeId", "consultant-change"), reason));
    }

    private static UUID id(HttpRequest req, String param, String kind) {
        String raw = req.pathParam(param);
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException(kind, raw);
    }
}
