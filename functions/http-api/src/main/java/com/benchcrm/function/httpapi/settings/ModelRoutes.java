package com.benchcrm.function.httpapi.settings;

import com.benchcrm.function.httpapi.http.HttpResponse;
import com.benchcrm.function.httpapi.http.JsonBodies;
import com.benchcrm.function.httpapi.http.Router;
import com.benchcrm.matching.success.ModelCard;
import com.benchcrm.matching.success.SuccessModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The success-model registry (ADR 0076), Owner and Admin only:
 *
 * <ul>
 *   <li>{@code GET /v1/models}: the tenant's model cards, newest first, and which is active;</li>
 *   <li>{@code GET /v1/models/active}: the active model's card (404 when none is active);</li>
 *   <li>{@code PUT /v1/models/active} {@code {"version": "..."}}: activate a version; a rollback is activating an older one;</li>
 *   <li>{@code GET /v1/models/{version}}: one card;</li>
 *   <li>{@code GET /v1/models/active/drift?days=30}: PSI of each feature and of the score, training window vs the
 *       last {@code days} days of recommendations (404 when no model is active, ADR 0078).</li>
 * </ul>
 */
public final class ModelRoutes {

    private ModelRoutes() {}

    /** The body of {@code PUT /v1/models/active}. */
    public record Activate(String version) {}

    public static void register(Router router, SuccessModels models) {
        register(router, models, java.util.Optional.empty());
    }

    /**
     * @param drift the active model's drift ({@code GET /v1/models/active/drift?days=30}, ADR 0078); empty (no
     *              registry): that route answers 404
     */
    public static void register(
            Router router, SuccessModels models, java.util.Optional<com.benchcrm.matching.drift.ModelDrift> drift) {
        router.add("GET", "/v1/models/active/drift", false, (req, caller) -> {
            caller.require(com.benchcrm.security.Permission.SETTINGS_MANAGE);
            int days = com.benchcrm.common.QueryParams.integer(
                    req::queryParam, "days", com.benchcrm.matching.drift.ModelDrift.DEFAULT_DAYS);
            return HttpResponse.json(
                    200,
                    drift.orElseThrow(() -> new com.benchcrm.common.NotFoundException("model", "active"))
                            .report(caller, days));
        });
        router.add("GET", "/v1/models", false, (req, caller) -> {
            List<ModelCard> cards = models.list(caller);
            String active;
            try {
                active = models.active(caller).version();
            } catch (com.benchcrm.common.NotFoundException e) {
                active = null;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            if (active != null) {
                body.put("active", active);
            }
            body.put("items", cards);
            return HttpResponse.json(200, body);
        });
        router.add("GET", "/v1/models/active", false, (req, caller) -> HttpResponse.json(200, models.active(caller)));
        router.add("PUT", "/v1/models/active", false, (req, caller) -> {
            caller.require(com.benchcrm.security.Permission.SETTINGS_MANAGE);
            Activate in = JsonBodies.read(req, Activate.class);
            if (in == null || in.version() == null || in.version().isBlank()) {
                throw new com.benchcrm.common.ValidationException(
                        List.of(new com.benchcrm.common.ValidationException.FieldError(
                                "/version", "is required: the model version to activate")));
            }
            return HttpResponse.json(200, models.activate(caller, in.version().strip()));
        });
        router.add(
                "GET",
                "/v1/models/{version}",
                false,
                (req, caller) -> HttpResponse.json(200, models.card(caller, req.pathParam("version"))));
    }
}
