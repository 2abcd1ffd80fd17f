package com.benchcrm.matching.success;

import com.benchcrm.common.NotFoundException;
import com.benchcrm.security.Caller;
import com.benchcrm.security.Permission;
import com.benchcrm.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The success models of a tenant: the registry behind {@code GET/PUT /v1/models} (Owner and Admin:
 * {@link Permission#SETTINGS_MANAGE}), and the request path's view of the active model, loaded once per
 * tenant and kept for {@link #CACHE_TTL} (an activation in this process takes effect at once; in another
 * Lambda instance within the TTL).
 *
 * <pre>{@code
 * Optional<SuccessModel> m = models.forTenant(tenant);     // request path: cached
 * models.activate(caller, "v20261206-081500");             // rollback = activate an older version
 * }</pre>
 */
public final class SuccessModels {

    /** How long a loaded active model is reused before the registry is read again. */
    public static final Duration CACHE_TTL = Duration.ofSeconds(60);

    /** No registry: every recommendation keeps the fixed curve ({@code calibrated: false}). */
    public static final SuccessModels NONE = new SuccessModels(null, Clock.systemUTC());

    private record Cached(Optional<SuccessModel> model, Instant loadedAt) {}

    private final SuccessModelRegistry registry;
    private final Clock clock;
    private final ConcurrentHashMap<TenantId, Cached> cache = new ConcurrentHashMap<>();

    public SuccessModels(SuccessModelRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The tenant's active calibrated model (cached), or empty: then the fixed curve applies. */
    public Optional<SuccessModel> forTenant(TenantId tenant) {
        if (registry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached c = cache.get(tenant);
        if (c == null || c.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            Optional<SuccessModel> m;
            try {
                m = registry.active(tenant).filter(SuccessModel::calibrated);
            } catch (RuntimeException e) {
                // the registry unreachable must not fail a recommendation: the fixed curve, retried next TTL
                m = c == null ? Optional.empty() : c.model();
            }
            c = new Cached(m, now);
            cache.put(tenant, c);
        }
        return c.model();
    }

    public List<ModelCard> list(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        return registry == null ? List.of() : registry.list(caller.tenant());
    }

    public ModelCard card(Caller caller, String version) {
        caller.require(Permission.SETTINGS_MANAGE);
        return registry().card(caller.tenant(), version).orElseThrow(() -> new NotFoundException("model", version));
    }

    /** The active version's card. */
    public ModelCard active(Caller caller) {
        caller.require(Permission.SETTINGS_MANAGE);
        String v =
                registry().activeVersion(caller.tenant()).orElseThrow(() -> new NotFoundException("model", "active"));
        return registry().card(caller.tenant(), v).orElseThrow(() -> new NotFoundException("model", v));
    }

    public ModelCard activate(Caller caller, String version) {
        caller.require(Permission.SETTINGS_MANAGE);
        ModelCard card = registry().activate(caller.tenant(), version);
        cache.remove(caller.tenant());
        return card;
    }

    /** The registry behind these models, if there is one ({@link ModelDrift} reads it too). */
    public Optional<SuccessModelRegistry> registryIfAny() {
        return Optional.ofNullable(registry);
    }

    private SuccessModelRegistry registry() {
        if (registry == null) {
            throw new NotFoundException("model", "registry");
        }
        return registry;
    }
}
