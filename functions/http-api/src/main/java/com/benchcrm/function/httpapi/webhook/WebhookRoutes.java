package com.benchcrm.function.httpapi.webhook;

import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.function.httpapi.http.HttpRequest;
import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.webhook.CreatedWebhook;
import com.benchcrm.webhook.Webhook;
import com.benchcrm.webhook.WebhookDelivery;
import com.benchcrm.webhook.WebhookInput;
import com.benchcrm.webhook.Webhooks;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Registers {@code POST/GET /v1/webhooks}, {@code GET/DELETE /v1/webhooks/{id}} and
 * {@code GET /v1/webhooks/{id}/deliveries}. The signing secret is in the creation response only.
 */
public final class WebhookRoutes {

    public static final String BASE = "/v1/webhooks";

    private WebhookRoutes() {}

    public static void register(Router router, Webhooks webhooks) {
        router.add("POST", BASE, false, (req, caller) -> create(req, caller, webhooks));
        router.add("GET", BASE, false, (req, caller) -> {
            Page<Webhook> page = webhooks.list(
                    caller,
                    PageRequest.parse(Webhooks.cursorKind(), req.queryParam("limit"), req.queryParam("cursor")));
            return HttpResponse.json(200, page(page));
        });
        router.add(
                "GET", BASE + "/{id}", false, (req, caller) -> HttpResponse.json(200, webhooks.get(caller, id(req))));
        router.add("DELETE", BASE + "/{id}", false, (req, caller) -> {
            webhooks.delete(caller, id(req));
            return HttpResponse.empty(204);
        });
        router.add("GET", BASE + "/{id}/deliveries", false, (req, caller) -> {
            UUID id = id(req);
            Page<WebhookDelivery> page = webhooks.deliveries(
                    caller,
                    id,
                    PageRequest.parse(
                            Webhooks.deliveryCursorKind(), req.queryParam("limit"), req.queryParam("cursor")));
            return HttpResponse.json(200, page(page));
        });
    }

    private static HttpResponse create(HttpRequest req, Caller caller, Webhooks webhooks) {
        caller.require(Permission.WEBHOOK_MANAGE);
        WebhookInput input = JsonBodies.read(req, WebhookInput.class);
        CreatedWebhook created = webhooks.create(caller, input);
        Webhook w = created.webhook();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", w.id());
        body.put("url", w.url());
        body.put("eventTypes", w.eventTypes());
        if (w.description() != null) {
            body.put("description", w.description());
        }
        body.put("createdBy", w.createdBy());
        body.put("createdAt", w.createdAt());
        body.put("secret", created.secret());
        return HttpResponse.json(201, body).header("location", BASE + "/" + w.id());
    }

    private static Map<String, Object> page(Page<?> page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        page.nextCursor().ifPresent(c -> body.put("nextCursor", c));
        return body;
    }

    private static UUID id(HttpRequest req) {
        return req.idParam("webhook");
    }
}
