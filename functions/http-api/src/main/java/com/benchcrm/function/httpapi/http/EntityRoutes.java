package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.Page;
import com.benchcrm.common.PageRequest;
import com.benchcrm.idempotency.IdempotencyKey;
import com.benchcrm.lifecycle.Created;
import com.benchcrm.lifecycle.EntityInput;
import com.benchcrm.lifecycle.EntityService;
import com.benchcrm.lifecycle.Versioned;
import com.benchcrm.security.Caller;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The five routes of an entity collection, on top of its {@link EntityService}:
 * {@code POST} (idempotent with {@code Idempotency-Key}), {@code GET} list (cursor pages),
 * {@code GET}, {@code PUT} and {@code PATCH} (merge patch; both honour {@code If-Match}) and
 * {@code DELETE} (honours {@code If-Match}).
 */
public final class EntityRoutes<T extends Versioned, I extends EntityInput> {

    private final String basePath;
    private final EntityService<T, I> service;
    private final Class<I> inputType;
    private final ListQuery<T> listQuery;

    private EntityRoutes(String basePath, EntityService<T, I> service, Class<I> inputType, ListQuery<T> listQuery) {
        this.basePath = basePath;
        this.service = service;
        this.inputType = inputType;
        this.listQuery = listQuery;
    }

    /**
     * How the list route reads a page when it has filters of its own ({@code ?tag=}, {@code ?kind=}):
     * the request for the filter parameters, the caller, the page.
     */
    @FunctionalInterface
    public interface ListQuery<T> {
        Page<T> page(HttpRequest request, Caller caller, PageRequest page);
    }

    public static <T extends Versioned, I extends EntityInput> void register(
            Router router, String basePath, EntityService<T, I> service, Class<I> inputType) {
        register(router, basePath, service, inputType, (req, caller, page) -> service.list(caller, page));
    }

    /** The five routes, the list read through {@code listQuery} (its filters, then the cursor page). */
    public static <T extends Versioned, I extends EntityInput> void register(
            Router router, String basePath, EntityService<T, I> service, Class<I> inputType, ListQuery<T> listQuery) {
        EntityRoutes<T, I> routes = new EntityRoutes<>(basePath, service, inputType, listQuery);
        String item = basePath + "/{id}";
        router.add("POST", basePath, false, (req, caller) -> routes.create(req, caller));
        router.add("GET", basePath, false, (req, caller) -> routes.list(req, caller));
        router.add("GET", item, false, (req, caller) -> routes.get(req, caller));
        router.add("PUT", item, false, (req, caller) -> routes.replace(req, caller));
        router.add("PATCH", item, false, (req, caller) -> routes.patch(req, caller));
        router.add("DELETE", item, false, (req, caller) -> routes.delete(req, caller));
    }

    private HttpResponse create(HttpRequest req, Caller caller) {
        Optional<IdempotencyKey> key = req.header("idempotency-key").map(IdempotencyKey::new);
        caller.require(service.spec().write());
        I input = JsonBodies.read(req, inputType);
        Created<T> created = service.create(caller, input, key);
        HttpResponse response = HttpResponse.json(201, created.value())
                .header("location", basePath + "/" + created.value().id())
                .header("etag", ETags.of(created.value().version()));
        return created.replayed() ? response.header("idempotency-replayed", "true") : response;
    }

    private HttpResponse list(HttpRequest req, Caller caller) {
        PageRequest page = PageRequest.parse(service.spec().name(), req.queryParam("limit"), req.queryParam("cursor"));
        Page<T> result = listQuery.page(req, caller, page);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", result.items());
        result.nextCursor().ifPresent(c -> body.put("nextCursor", c));
        return HttpResponse.json(200, body);
    }

    private HttpResponse get(HttpRequest req, Caller caller) {
        T entity = service.get(caller, id(req));
        if (ETags.ifNoneMatch(req, entity.version())) {
            return HttpResponse.empty(304).header("etag", ETags.of(entity.version()));
        }
        return HttpResponse.json(200, entity).header("etag", ETags.of(entity.version()));
    }

    private HttpResponse replace(HttpRequest req, Caller caller) {
        UUID id = id(req);
        var ifMatch = ETags.ifMatch(req);
        caller.require(service.spec().write());
        I input = JsonBodies.read(req, inputType);
        T updated = service.update(caller, id, input, ifMatch);
        return HttpResponse.json(200, updated).header("etag", ETags.of(updated.version()));
    }

    private HttpResponse patch(HttpRequest req, Caller caller) {
        UUID id = id(req);
        var ifMatch = ETags.ifMatch(req);
        caller.require(service.spec().write());
        ObjectNode patch = JsonBodies.readPatch(req);
        T updated = service.patch(caller, id, current -> JsonBodies.merge(current, patch, inputType), ifMatch);
        return HttpResponse.json(200, updated).header("etag", ETags.of(updated.version()));
    }

    private HttpResponse delete(HttpRequest req, Caller caller) {
        service.delete(caller, id(req), ETags.ifMatch(req));
        return HttpResponse.empty(204);
    }

    private UUID id(HttpRequest req) {
        return req.idParam(service.spec().name());
    }
}
