package com.benchcrm.function.httpapi.http;

import java.util.Optional;

/**
 * A capability this deployment does not have: its routes exist and answer 503 {@code not-configured},
 * rather than pretending.
 *
 * <pre>{@code
 * MatchRuns runs = NotConfigured.matching(services);   // 503 when BENCHCRM_EMBEDDINGS is unset
 * }</pre>
 */
public final class NotConfigured {

    private NotConfigured() {}

    /** The matching service (recommendations, search, settings), or the 503 of a deployment without an embedding model. */
    public static <T> T matching(Optional<T> service) {
        return service.orElseThrow(
                () -> new ApiException(
                        503,
                        "not-configured",
                        "Matching is not configured",
                        "this deployment has no embedding model (BENCHCRM_EMBEDDINGS is unset); recommendations and search are unavailable"));
    }
}
