package com.benchcrm.embedding;

import java.util.Objects;

/**
 * Which model made a vector: its id (for example {@code sentence-transformers/all-MiniLM-L6-v2-q} or
 * {@code amazon.titan-embed-text-v2:0}), the version of the artifact or API, and the number of
 * dimensions. Two vectors are comparable only when their {@link #key()} is equal.
 */
public record ModelInfo(String id, String version, int dimensions) {

    public ModelInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (id.isBlank() || version.isBlank()) {
            throw new IllegalArgumentException("model id and version must not be blank");
        }
        if (dimensions <= 0) {
            throw new IllegalArgumentException("dimensions must be positive: " + dimensions);
        }
    }

    /**
     * A model whose id carries its version after the last {@code ':'} (Bedrock's convention:
     * {@code amazon.titan-embed-text-v2:0} is version {@code 0}); {@code 1} when the id has none.
     * The deployment computes the key of the index it creates for a tenant with this, as the
     * Bedrock adapter does.
     */
    public static ModelInfo ofVersionedId(String id, int dimensions) {
        Objects.requireNonNull(id, "id");
        int colon = id.lastIndexOf(':');
        return new ModelInfo(id, colon < 0 ? "1" : id.substring(colon + 1), dimensions);
    }

    /** {@code id@version/dimensions}: stored beside every vector and used to filter queries. */
    public String key() {
        return id + "@" + version + "/" + dimensions;
    }
}
