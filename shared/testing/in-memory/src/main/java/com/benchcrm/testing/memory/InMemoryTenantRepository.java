package com.benchcrm.testing.memory;

import com.benchcrm.persistence.Tx;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.tenancy.TenantPolicy;
import com.benchcrm.tenancy.TenantRepository;
import com.benchcrm.tenancy.TenantSlug;
import com.benchcrm.tenancy.TenantStatus;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link TenantRepository} in memory: one registry of slugs (no roles here: every caller is the owner). */
public final class InMemoryTenantRepository implements TenantRepository {

    private static final TenantId REGISTRY = new TenantId(new UUID(0, 0));

    private final Table<String, TenantId> slugs;
    private final InMemoryTransactions store;
    private final Map<TenantId, TenantStatus> statuses = new ConcurrentHashMap<>();
    private final Map<TenantId, String> settings = new ConcurrentHashMap<>();

    InMemoryTenantRepository(InMemoryTransactions store) {
        this.store = store;
        this.slugs = store.table(String::compareTo);
    }

    private Map<String, TenantId> registry(Tx tx) {
        return slugs.allTenants(tx).computeIfAbsent(REGISTRY, t -> new java.util.TreeMap<>());
    }

    @Override
    public TenantId ensure(Tx tx, TenantSlug slug, String displayName) {
        return registry(tx).computeIfAbsent(slug.value(), s -> new TenantId(UUID.randomUUID()));
    }

    @Override
    public Optional<TenantId> resolve(Tx tx, TenantSlug slug) {
        return Optional.ofNullable(registry(tx).get(slug.value()))
                .filter(id -> statuses.getOrDefault(id, TenantStatus.ACTIVE) == TenantStatus.ACTIVE);
    }

    @Override
    public Optional<TenantPolicy> policy(Tx tx, TenantId tenant) {
        return registry(tx).entrySet().stream().filter(e -> e.getValue().equals(tenant)).findFirst()
                .map(e -> TenantPolicy.of(tenant, e.getKey(), statuses.getOrDefault(tenant, TenantStatus.ACTIVE).name(),
                        settings.getOrDefault(tenant, "{}")));
    }

    /** What the provisioning function does to a tenant removed from the tenants file (tests). */
    public void setStatus(TenantId tenant, TenantStatus status) {
        statuses.put(tenant, status);
    }

    /** The tenants file's settings of a tenant, as JSON (tests). */
    public void setSettings(TenantId tenant, String json) {
        settings.put(tenant, json);
    }

    @Override
    public Map<TenantId, TenantSlug> all(Tx tx) {
        Map<TenantId, TenantSlug> out = new LinkedHashMap<>();
        registry(tx).forEach((slug, id) -> out.put(id, new TenantSlug(slug)));
        return out;
    }
}
