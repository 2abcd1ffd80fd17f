package com.benchcrm.vector;

import com.benchcrm.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenant-scoped nearest-neighbour search over entity embeddings.
 *
 * <pre>{@code
 * index.upsert(List.of(VectorRecord.of(tenant, EntityKind.CONSULTANT, c.id(), c.version(), embedding)));
 * List<VectorHit> near = index.query(new VectorQuery(tenant, EntityKind.CONSULTANT, model.key(), v, 200));
 * }</pre>
 *
 * <p>Every query is filtered by tenant, kind and model inside the k-NN search; a vector of another
 * tenant is never a candidate. Writes are visible to queries when the call returns.
 */
public interface VectorIndex extends AutoCloseable {

    /**
     * Inserts or replaces vectors by (tenant, kind, id, modelKey). A record whose
     * {@code sourceVersion} is lower than the stored one is ignored (a late, out-of-order event).
     */
    void upsert(List<VectorRecord> records);

    /**
     * Full-text search (BM25) over the texts kept with the tenant's vectors of {@code modelKey} and
     * {@code kind} ({@link VectorRecord#text}): the entities whose text shares words with {@code text},
     * best first, at most {@code k}; {@link VectorHit#similarity()} is the engine's relevance score
     * (positive, comparable within one answer only). An index that keeps no text returns nothing.
     */
    default List<VectorHit> textQuery(TenantId tenant, EntityKind kind, String modelKey, String text, int k) {
        return List.of();
    }

    /** Removes the entity's vectors of every model. Deleting what is not there is not an error. */
    void delete(TenantId tenant, EntityKind kind, UUID id);

    /** At most {@code k} hits, most similar first. */
    List<VectorHit> query(VectorQuery query);

    /** The stored vector of one entity for one model, if any (for example, a requirement's own vector as the query). */
    Optional<float[]> find(TenantId tenant, EntityKind kind, UUID id, String modelKey);

    @Override
    default void close() {
    }
}
