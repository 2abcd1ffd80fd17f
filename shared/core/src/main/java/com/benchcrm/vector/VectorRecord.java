package com.benchcrm.vector;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.tenancy.TenantId;
import java.util.Objects;
import java.util.UUID;

/**
 * One stored vector. The key is (tenant, kind, id, modelKey): an entity can have a vector per model
 * while a model migration runs, and a query names the model it compares with.
 *
 * @param modelKey      {@link com.benchcrm.embedding.ModelInfo#key()} of the model that made the vector
 * @param vector        unit length
 * @param sourceVersion the entity version that was embedded, so a late event cannot overwrite a newer vector
 * @param text          the text that was embedded, kept for full-text search beside the vector
 *                      ({@link VectorIndex#textQuery}), or null
 */
public record VectorRecord(TenantId tenant, EntityKind kind, UUID id, String modelKey, float[] vector, long sourceVersion,
                           String text) {

    /** A vector without its text (not found by {@link VectorIndex#textQuery}). */
    public VectorRecord(TenantId tenant, EntityKind kind, UUID id, String modelKey, float[] vector, long sourceVersion) {
        this(tenant, kind, id, modelKey, vector, sourceVersion, null);
    }

    /** The same record keeping {@code embeddedText} for full-text search. */
    public VectorRecord withText(String embeddedText) {
        return new VectorRecord(tenant, kind, id, modelKey, vector, sourceVersion, embeddedText);
    }

    public VectorRecord {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(modelKey, "modelKey");
        Objects.requireNonNull(vector, "vector");
    }

    public static VectorRecord of(TenantId tenant, EntityKind kind, UUID id, long sourceVersion, Embedding e) {
        return new VectorRecord(tenant, kind, id, e.model().key(), e.vector(), sourceVersion);
    }
}
