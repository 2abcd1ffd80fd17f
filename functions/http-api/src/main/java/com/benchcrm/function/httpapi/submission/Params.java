package com.benchcrm.function.httpapi.submission;

import com.benchcrm.common.InvalidRequestException;
import com.benchcrm.common.NotFoundException;
import com.benchcrm.function.httpapi.http.HttpRequest;
import java.util.Optional;
import java.util.UUID;

/** Path and query ids of the pipeline routes: a path id that is not a UUID is a 404, a query id a 400. */
public final class Params {

    private Params() {}

    public static UUID pathId(HttpRequest req, String entity) {
        String raw = req.pathParam("id");
        try {
            if (raw != null && raw.length() == 36) {
                return UUID.fromString(raw);
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new NotFoundException(entity, raw == null ? "" : raw);
    }

    public static Optional<UUID> queryId(HttpRequest req, String name) {
        String raw = req.queryParam(name);
        if (raw == null) {
            return Optional.empty();
        }
        try {
            if (raw.trim().length() == 36) {
                return Optional.of(UUID.fromString(raw.trim()));
            }
        } catch (IllegalArgumentException ignored) {
            // falls through
        }
        throw new InvalidRequestException(name, name + " must be a UUID");
    }
}
