package com.benchcrm.vector;

import com.benchcrm.tenancy.TenantId;
import java.util.Objects;

/**
 * The k nearest vectors of one tenant, kind and model to {@code vector}.
 *
 * @param k 1 to {@link #MAX_K}
 */
public record VectorQuery(TenantId tenant, EntityKind kind, String modelKey, float[] vector, int k) {

    public static final int MAX_K = 1000;

    public VectorQuery {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(modelKey, "modelKey");
        Objects.requireNonNull(vector, "vector");
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k must be between 1 and " + MAX_K + ": " + k);
        }
    }
}
