package com.benchcrm.embedding.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.embedding.EmbeddingException;
import com.benchcrm.embedding.Vectors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real model on a few made-up texts: shape, meaning, chunking, batching. */
class OnnxMiniLmTest {

    static OnnxMiniLm model;

    @BeforeAll
    static void load() {
        model = OnnxMiniLm.load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void embed_gives384UnitVectors_withTheModelBesideThem() {
        Embedding e = model.embed("Senior Java developer with Spring Boot and Kafka");
        assertThat(e.vector()).hasSize(384);
        assertThat(Vectors.norm(e.vector())).isCloseTo(1.0, within(1e-4));
        assertThat(e.model().key()).isEqualTo("all-MiniLM-L6-v2-q@langchain4j-1.20.0-beta30/384");
        assertThat(e.chunks()).isEqualTo(1);
        assertThat(e.tokens()).isBetween(8, 16);
    }

    @Test
    void similarWork_isCloserThanUnrelatedWork() {
        List<Embedding> v = model.embedAll(List.of(
                "Java backend engineer: Spring Boot microservices, Kafka, REST APIs",
                "Backend developer building Java services with Spring and event streaming",
                "Salesforce administrator: Sales Cloud, flows, reports and dashboards"));
        double near = Vectors.dot(v.get(0).vector(), v.get(1).vector());
        double far = Vectors.dot(v.get(0).vector(), v.get(2).vector());
        assertThat(near).isGreaterThan(far + 0.2);
    }

    @Test
    void longText_isChunkedAndPooled_notTruncated() {
        StringBuilder head = new StringBuilder("Mainframe COBOL developer with JCL, DB2 and CICS. ");
        String filler = "Maintains batch jobs on z/OS for the policy system. ";
        StringBuilder longText = new StringBuilder(head);
        for (int i = 0; i < 30; i++) {
            longText.append(filler);
        }
        String tail = "Also an expert Salesforce Lightning developer with Apex.";
        String withTail = longText + tail;

        int tokens = model.tokenCount(withTail);
        assertThat(tokens).isGreaterThan(300);
        Embedding a = model.embed(longText.toString());
        Embedding b = model.embed(withTail);
        assertThat(b.chunks()).isEqualTo((tokens + 125) / 126);
        assertThat(b.tokens()).isEqualTo(tokens);
        // the last sentence, beyond the first 128 tokens, changes the vector: it was not cut off
        assertThat(Vectors.dot(a.vector(), b.vector())).isLessThan(0.9999);
        assertThat(Vectors.norm(b.vector())).isCloseTo(1.0, within(1e-4));
    }

    /**
     * The quantized model quantizes activations per tensor at run time, so a window's vector depends a
     * little on what else is in its batch (padding included): close, not bit-identical. With
     * {@code maxBatch = 1}, the default, it is exact.
     */
    @Test
    void batching_givesNearlyTheSameVectorsAsOneByOne() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            texts.add("Consultant " + i + " knows " + "Python ".repeat(1 + i % 7) + "and SQL");
        }
        try (OnnxMiniLm batched = OnnxMiniLm.load(new OnnxMiniLm.Config(1, 32, 128))) {
            List<Embedding> batch = batched.embedAll(texts);
            for (int i = 0; i < texts.size(); i += 13) {
                float[] single = batched.embed(texts.get(i)).vector();
                assertThat(Vectors.dot(single, batch.get(i).vector())).isGreaterThan(0.97);
            }
        }
        List<Embedding> one = model.embedAll(texts);
        assertThat(one.get(5).vector())
                .containsExactly(model.embed(texts.get(5)).vector());
    }

    @Test
    void blankText_isRejected() {
        assertThatThrownBy(() -> model.embedAll(List.of("ok", " ")))
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("text 1 is blank");
    }

    /**
     * Issue 11: the stack closed the session while an SQS poller was inside {@code session.run}, and
     * the JVM died with SIGSEGV in libonnxruntime. Closing now waits for the runs in flight, and a
     * run asked for afterwards is a retryable exception, not a native crash (which would kill this
     * test's JVM).
     */
    @Test
    void close_whileOtherThreadsEmbed_waitsForThem_laterRunsAreRetryableErrors() throws Exception {
        OnnxMiniLm own = OnnxMiniLm.load();
        int threads = 3;
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(threads);
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<com.benchcrm.embedding.EmbeddingException> refused =
                new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<Thread> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                running.countDown();
                for (int i = 0; i < 400; i++) {
                    try {
                        own.embedAll(java.util.List.of(
                                "Senior Java developer with Spring Boot, Kafka and AWS " + i,
                                "QA automation engineer, Selenium and Cucumber " + i));
                        embedded.incrementAndGet();
                    } catch (com.benchcrm.embedding.EmbeddingException e) {
                        refused.add(e);
                        return;
                    } catch (Throwable e) {
                        unexpected.add(e);
                        return;
                    }
                }
            }));
        }
        running.await();
        Thread.sleep(300);

        own.close();
        own.close();

        for (Thread w : workers) {
            w.join(60_000);
        }
        assertThat(unexpected).isEmpty();
        assertThat(embedded.get()).isPositive();
        assertThat(refused)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.retryable()).isTrue());
        assertThat(own.isClosed()).isTrue();
        assertThatThrownBy(() -> own.embedAll(java.util.List.of("after close")))
                .isInstanceOf(com.benchcrm.embedding.EmbeddingException.class)
                .hasMessageContaining("closed");
    }
}
