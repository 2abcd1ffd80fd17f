package com.benchcrm.embedding;

import java.util.Objects;

/**
 * A unit-length vector and the model that made it.
 *
 * @param vector unit length (L2 norm 1), {@code model.dimensions()} long; do not mutate
 * @param model  the model, to store beside the vector
 * @param chunks how many chunks of the text were pooled into this vector (1 for a text that fit)
 * @param tokens how many model tokens the text used, as the model counted them (for cost and audit)
 */
public record Embedding(float[] vector, ModelInfo model, int chunks, int tokens) {

    public Embedding {
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(model, "model");
        if (vector.length != model.dimensions()) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, model " + model.key());
        }
        if (chunks < 1) {
            throw new IllegalArgumentException("chunks must be at least 1");
        }
    }
}
