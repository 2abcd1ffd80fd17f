package com.benchcrm.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class QueryEmbeddingCacheTest {

    /** Records every text the model was asked for. */
    static final class RecordingModel implements EmbeddingModel {
        final HashingEmbeddingModel inner = new HashingEmbeddingModel(16);
        final List<String> asked = new ArrayList<>();
        boolean closed;

        @Override
        public ModelInfo info() {
            return inner.info();
        }

        @Override
        public synchronized List<Embedding> embedAll(List<String> texts) {
            asked.addAll(texts);
            return inner.embedAll(texts);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void aRepeatedQueryIsEmbeddedOnceAndGetsTheModelsOwnVector() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 8);

        float[] first = cache.embed("spring boot").vector();
        float[] again = cache.embed("spring boot").vector();

        assertThat(model.asked).containsExactly("spring boot");
        assertThat(again).isEqualTo(first);
        assertThat(first)
                .isEqualTo(new HashingEmbeddingModel(16).embed("spring boot").vector());
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.info()).isEqualTo(model.info());
    }

    @Test
    void whitespaceIsNormalizedForTheKeyAndForTheModelButCaseIsKept() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 8);

        cache.embed("  spring \t  boot\n");
        cache.embed("spring boot");
        cache.embed("Spring Boot");

        assertThat(model.asked).containsExactly("spring boot", "Spring Boot");
        assertThat(QueryEmbeddingCache.normalize(" a  b\t c ")).isEqualTo("a b c");
    }

    @Test
    void theLeastRecentlyUsedTextGoesFirstWhenFull() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 2);

        cache.embed("java");
        cache.embed("python");
        cache.embed("java"); // java is now the most recent
        cache.embed("kafka"); // evicts python
        cache.embed("java");
        cache.embed("python");

        assertThat(model.asked).containsExactly("java", "python", "kafka", "python");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void aBatchSendsOnlyItsMissesToTheModelInOneCallAndKeepsTheOrder() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 8);
        cache.embed("sql");

        List<Embedding> out = cache.embedAll(List.of("aws", "sql", "kubernetes"));

        assertThat(model.asked).containsExactly("sql", "aws", "kubernetes");
        assertThat(model.inner.calls()).isEqualTo(2);
        HashingEmbeddingModel reference = new HashingEmbeddingModel(16);
        assertThat(out.get(0).vector()).isEqualTo(reference.embed("aws").vector());
        assertThat(out.get(1).vector()).isEqualTo(reference.embed("sql").vector());
        assertThat(out.get(2).vector()).isEqualTo(reference.embed("kubernetes").vector());
    }

    @Test
    void longTextsPassThroughUncachedAndBlankOnesAreStillRefusedByTheModel() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 8, 10);

        cache.embed("a profile longer than ten");
        cache.embed("a profile longer than ten");

        assertThat(model.asked).hasSize(2);
        assertThat(cache.size()).isZero();
        assertThatThrownBy(() -> cache.embed("   ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(cache.size()).isZero();
    }

    @Test
    void closingTheCacheLeavesTheModelOpen() {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 8);
        cache.embed("go");

        cache.close();

        assertThat(model.closed).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void concurrentCallersShareOneCacheSafely() throws Exception {
        RecordingModel model = new RecordingModel();
        QueryEmbeddingCache cache = new QueryEmbeddingCache(model, 4);
        String[] queries = {"java", "python", "sql", "aws", "go", "rust"};
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String q = queries[i % queries.length];
                        assertThat(cache.embed(q).vector())
                                .isEqualTo(
                                        new HashingEmbeddingModel(16).embed(q).vector());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(cache.size()).isLessThanOrEqualTo(4);
        assertThat(cache.hits() + cache.misses()).isEqualTo(2000);
    }
}
