package com.benchcrm.bench.match;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingModel;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Embeds texts once and keeps the vectors under target/ (keyed by model and a hash of the texts), so a
 * second run measures the index and the ranking, not the model again. Timing of the first run is
 * reported as the embedding throughput.
 */
final class EmbeddingCache {

    record Result(List<float[]> vectors, long millis, boolean cached, long chunks, long tokens) {}

    private final Path dir;
    private final EmbeddingModel model;

    EmbeddingCache(Path dir, EmbeddingModel model) {
        this.dir = dir;
        this.model = model;
    }

    Result embed(String name, List<String> texts) throws IOException {
        Path file = dir.resolve(name + "-" + key(texts) + ".f32");
        if (Files.exists(file)) {
            List<float[]> out = new ArrayList<>(texts.size());
            try (DataInputStream in =
                    new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                int d = in.readInt();
                for (int i = 0; i < n; i++) {
                    float[] v = new float[d];
                    for (int j = 0; j < d; j++) {
                        v[j] = in.readFloat();
                    }
                    out.add(v);
                }
            }
            return new Result(out, 0, true, 0, 0);
        }
        long t0 = System.nanoTime();
        List<float[]> out = new ArrayList<>(texts.size());
        long chunks = 0;
        long tokens = 0;
        for (int i = 0; i < texts.size(); i += 256) {
            for (Embedding e : model.embedAll(texts.subList(i, Math.min(texts.size(), i + 256)))) {
                out.add(e.vector());
                chunks += e.chunks();
                tokens += e.tokens();
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Files.createDirectories(dir);
        try (DataOutputStream o = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
            o.writeInt(out.size());
            o.writeInt(model.info().dimensions());
            for (float[] v : out) {
                for (float f : v) {
                    o.writeFloat(f);
                }
            }
        }
        return new Result(out, ms, false, chunks, tokens);
    }

    private String key(List<String> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(model.info().key().getBytes(StandardCharsets.UTF_8));
            for (String t : texts) {
                md.update(t.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
