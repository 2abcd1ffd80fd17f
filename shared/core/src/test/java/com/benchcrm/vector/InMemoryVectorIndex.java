package com.benchcrm.vector;

import com.benchcrm.embedding.Vectors;
import com.benchcrm.tenancy.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exact (brute-force) vector index for tests, and the reference other adapters are compared with:
 * the same contract as the real adapters (tenant, kind and model filter, version guard, cosine).
 */
public final class InMemoryVectorIndex implements VectorIndex {

    record Key(TenantId tenant, EntityKind kind, UUID id, String model) {
    }

    private final Map<Key, VectorRecord> records = new ConcurrentHashMap<>();

    @Override
    public void upsert(List<VectorRecord> batch) {
        for (VectorRecord r : batch) {
            records.merge(new Key(r.tenant(), r.kind(), r.id(), r.modelKey()), r,
                    (old, neu) -> neu.sourceVersion() >= old.sourceVersion() ? neu : old);
        }
    }

    @Override
    public void delete(TenantId tenant, EntityKind kind, UUID id) {
        records.keySet().removeIf(k -> k.tenant.equals(tenant) && k.kind == kind && k.id.equals(id));
    }

    @Override
    public List<VectorHit> query(VectorQuery q) {
        return records.values().stream()
                .filter(r -> r.tenant().equals(q.tenant()) && r.kind() == q.kind() && r.modelKey().equals(q.modelKey()))
                .filter(r -> q.ids().isEmpty() || q.ids().contains(r.id()))
                .map(r -> new VectorHit(r.id(), Vectors.cosine(q.vector(), r.vector())))
                .sorted(Comparator.comparingDouble(VectorHit::similarity).reversed().thenComparing(VectorHit::id))
                .limit(q.k())
                .toList();
    }

    @Override
    public Optional<float[]> find(TenantId tenant, EntityKind kind, UUID id, String modelKey) {
        return Optional.ofNullable(records.get(new Key(tenant, kind, id, modelKey))).map(VectorRecord::vector);
    }

    public int size() {
        return records.size();
    }
}
