package com.benchcrm.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic stand-in model for tests: a bag of lower-cased words hashed into a few dimensions.
 * Texts that share words are similar; no model file, no native code.
 */
public final class HashingEmbeddingModel implements EmbeddingModel {

    private final ModelInfo info;
    private int calls;

    public HashingEmbeddingModel(int dimensions) {
        this.info = new ModelInfo("test/hashing-bow", "1", dimensions);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public synchronized List<Embedding> embedAll(List<String> texts) {
        calls++;
        List<Embedding> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("blank text");
            }
            float[] v = new float[info.dimensions()];
            for (String w : t.toLowerCase(Locale.ROOT).split("[^a-z0-9+#.]+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), v.length)] += 1;
                }
            }
            v[0] += 1e-3f;
            out.add(new Embedding(Vectors.normalize(v), info, 1, t.length() / 4));
        }
        return out;
    }

    /** How many times {@link #embedAll} was called. */
    public synchronized int calls() {
        return calls;
    }
}
