package com.benchcrm.function.httpapi.health;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.Problems;
import com.benchcrm.function.httpapi.http.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health} answers 200 when the database answers (503 otherwise);
 * {@code GET /openapi.yaml} serves the API description.
 */
public final class HealthRoutes {

    public static final String OPENAPI_RESOURCE = "openapi/benchcrm-api.yaml";

    private HealthRoutes() {}

    /** @param databasePing throws when the database does not answer */
    public static void register(Router router, Runnable databasePing) {
        router.add("GET", "/health", true, (req, caller) -> {
            try {
                databasePing.run();
                return HttpResponse.json(200, Map.of("status", "UP"));
            } catch (RuntimeException e) {
                return Problems.problem(
                        503, "unavailable", "Service unavailable", "the database does not answer", req, List.of());
            }
        });
        String openApi = resource(OPENAPI_RESOURCE);
        router.add(
                "GET",
                "/openapi.yaml",
                true,
                (req, caller) -> new HttpResponse(
                        200, new java.util.LinkedHashMap<>(Map.of("content-type", "application/yaml")), openApi));
    }

    private static String resource(String path) {
        try (InputStream in = HealthRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
