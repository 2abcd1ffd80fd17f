package com.benchcrm.vector;

import com.benchcrm.tenancy.TenantId;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The k nearest vectors of one tenant, kind and model to {@code vector}, optionally among the given
 * entities only (then an exact similarity of each of them that has a vector).
 *
 * <pre>{@code
 * index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, key, v, 200));                      // the 200 nearest
 * index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, key, v, 200).among(candidateIds));   // these, scored
 * }</pre>
 *
 * @param k   1 to {@link #MAX_K}
 * @param ids when not empty, only these entities are searched (at most {@link #MAX_K}); the filter is inside
 *            the search, like the tenant's
 */
public record VectorQuery(TenantId tenant, EntityKind kind, String modelKey, float[] vector, int k, Set<UUID> ids) {

    public static final int MAX_K = 1000;

    public VectorQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modelKey, "modelKey");
        Objects.requireNonNull(vector, "vector");
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ": " + k);
        }
        ids = ids == null ? Set.of() : Set.copyOf(ids);
        if (ids.size() > MAX_K) {
            throw new IllegalArgumentException("at most " + MAX_K + " ids: " + ids.size());
        }
    }

    public VectorQuery(TenantId tenant, EntityKind kind, String modelKey, float[] vector, int k) {
        this(tenant, kind, modelKey, vector, k, Set.of());
    }

    /** The same query among {@code only} (k becomes their number, at least 1). */
    public VectorQuery among(Set<UUID> only) {
        return new VectorQuery(tenant, kind, modelKey, vector, Math.max(1, Math.min(MAX_K, only.size())), only);
    }
}
