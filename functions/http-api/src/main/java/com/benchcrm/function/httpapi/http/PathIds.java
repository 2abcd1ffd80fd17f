package com.benchcrm.function.httpapi.http;

import com.benchcrm.common.NotFoundException;
import java.util.UUID;

/** The {@code {id}} of a path: a UUID, or a 404 naming the entity (nothing can have a malformed id). */
public final class PathIds {

    private PathIds() {}

    public static UUID id(HttpRequest request, String entity) {
        return param(request, "id", entity);
    }

    public static UUID param(HttpRequest request, String name, String entity) {
        String raw = request.pathParam(name);
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException(entity, raw == null ? "" : raw);
    }
}
