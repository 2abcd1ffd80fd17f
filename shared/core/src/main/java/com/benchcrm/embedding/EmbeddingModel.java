package com.benchcrm.embedding;

import java.util.List;

/**
 * Turns texts into unit-length vectors. Implementations are thread-safe, built once per process,
 * and embed a list in as few model calls as they can.
 *
 * <pre>{@code
 * EmbeddingModel model = OnnxMiniLm.load();                      // or BedrockTitanEmbeddings
 * List<Embedding> vs = model.embedAll(List.of(profileText, requirementText));
 * double similarity = Vectors.dot(vs.get(0).vector(), vs.get(1).vector());
 * store(vs.get(0).model().key(), vs.get(0).vector());             // the model goes with the vector
 * }</pre>
 *
 * <p>A text longer than the model's input window is split into chunks that each fit, and the chunk
 * vectors are mean-pooled (weighted by length) and re-normalized; {@link Embedding#chunks()} says how
 * many were pooled. Nothing is cut off silently.
 */
public interface EmbeddingModel extends AutoCloseable {

    /** The model every vector from this instance is made with. */
    ModelInfo info();

    /**
     * One embedding per text, in order. Blank texts are rejected: an empty profile has no meaning to
     * embed, and the caller should not index it.
     *
     * @throws EmbeddingException when the model cannot produce a vector (after the adapter's retries)
     */
    List<Embedding> embedAll(List<String> texts);

    default Embedding embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    default void close() {}
}
