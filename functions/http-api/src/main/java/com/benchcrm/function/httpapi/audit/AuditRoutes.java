package com.benchcrm.function.httpapi.audit;

import com.benchcrm.audit.AuditEntry;
import com.benchcrm.audit.AuditLog;
import com.benchcrm.audit.AuditQuery;
import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Router;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /v1/audit/logs?entity=&actor=&from=&to=&limit=&cursor=}, newest first. */
public final class AuditRoutes {

    private AuditRoutes() {}

    public static void register(Router router, AuditLog audit) {
        router.add("GET", "/v1/audit/logs", false, (req, caller) -> {
            AuditQuery query = AuditQuery.parse(
                    req.queryParam("entity"), req.queryParam("actor"), req.queryParam("from"), req.queryParam("to"));
            PageRequest page =
                    PageRequest.parse(AuditLog.cursorKind(), req.queryParam("limit"), req.queryParam("cursor"));
            Page<AuditEntry> result = audit.list(caller, query, page);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", result.items());
            result.nextCursor().ifPresent(c -> body.put("nextCursor", c));
            return HttpResponse.json(200, body);
        });
    }
}
