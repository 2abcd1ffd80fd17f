package com.benchcrm.embedding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * A bounded least-recently-used cache of the vectors of short query texts (what users type into
 * search) in front of an {@link EmbeddingModel}: recruiters search for the same few phrases all day,
 * and each miss costs a model call (~5-15 ms of a core for MiniLM in-process, a Bedrock request in
 * AWS). The key is the text with its whitespace normalized (trimmed, runs collapsed to one space),
 * and the normalized text is what the model embeds, so a hit returns exactly the vector a miss would
 * have made (both models are deterministic for one text). Case is kept: a cased model may tell
 * {@code Go} from {@code go}.
 *
 * <pre>{@code
 * EmbeddingModel queries = new QueryEmbeddingCache(model, 1024);   // one per process, thread-safe
 * float[] v = queries.embed("  spring   boot ").vector();          // same vector as model.embed("spring boot")
 * }</pre>
 *
 * <p>Texts longer than {@code maxTextLength} pass through uncached (a profile is not a query).
 * Closing the cache does not close the model: the model belongs to whoever made it.
 */
public final class QueryEmbeddingCache implements EmbeddingModel {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The longest text kept; search queries are at most 500 characters. */
    public static final int DEFAULT_MAX_TEXT_LENGTH = 500;

    private final EmbeddingModel model;
    private final int maxTextLength;
    private final Map<String, Embedding> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** @param capacity the most texts kept (the least recently used goes first) */
    public QueryEmbeddingCache(EmbeddingModel model, int capacity) {
        this(model, capacity, DEFAULT_MAX_TEXT_LENGTH);
    }

    public QueryEmbeddingCache(EmbeddingModel model, int capacity, int maxTextLength) {
        this.model = Objects.requireNonNull(model, "model");
        if (capacity < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException("capacity and maxTextLength must be at least 1");
        }
        this.maxTextLength = maxTextLength;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Embedding> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The text as it is keyed and embedded: trimmed, each run of whitespace one space. */
    public static String normalize(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    @Override
    public ModelInfo info() {
        return model.info();
    }

    @Override
    public List<Embedding> embedAll(List<String> texts) {
        Embedding[] out = new Embedding[texts.size()];
        List<Integer> missing = new ArrayList<>();
        List<String> missingKeys = new ArrayList<>();
        List<String> missingTexts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            // "" : not kept (too long to be a query, or blank, which the model refuses as it always did)
            String key = text.length() <= maxTextLength ? normalize(text) : "";
            Embedding cached = null;
            if (!key.isEmpty()) {
                synchronized (entries) {
                    cached = entries.get(key);
                }
            }
            if (cached != null) {
                out[i] = cached;
            } else {
                missing.add(i);
                missingKeys.add(key);
                missingTexts.add(key.isEmpty() ? text : key);
            }
        }
        hits.addAndGet(texts.size() - missing.size());
        if (!missing.isEmpty()) {
            misses.addAndGet(missing.size());
            List<Embedding> made = model.embedAll(missingTexts);
            for (int m = 0; m < missing.size(); m++) {
                out[missing.get(m)] = made.get(m);
                if (!missingKeys.get(m).isEmpty()) {
                    synchronized (entries) {
                        entries.put(missingKeys.get(m), made.get(m));
                    }
                }
            }
        }
        return List.of(out);
    }

    /** Texts answered from the cache so far. */
    public long hits() {
        return hits.get();
    }

    /** Texts the model embedded so far. */
    public long misses() {
        return misses.get();
    }

    /** Texts kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** Does not close the model, which its maker closes. */
    @Override
    public void close() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
