package com.benchcrm.matching.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.benchcrm.embedding.Embedding;
import com.benchcrm.tenancy.TenantId;
import com.benchcrm.vector.EntityKind;
import com.benchcrm.vector.VectorQuery;
import com.benchcrm.vector.VectorRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingAdaptersTest {

    @TempDir
    Path dir;

    @Test
    void unsetOrOff_isNotConfigured() {
        assertThat(MatchingAdapters.fromEnvironment(Map.<String, String>of()::get))
                .isEmpty();
        assertThat(MatchingAdapters.fromEnvironment(Map.of("BENCHCRM_EMBEDDINGS", "off")::get))
                .isEmpty();
    }

    @Test
    void onnxWithLucene_isOneSharedModelAndIndexPerDirectory_thatEmbedsAndFinds() {
        Map<String, String> env = Map.of(
                "BENCHCRM_EMBEDDINGS",
                "onnx",
                "BENCHCRM_VECTOR_STORE",
                "lucene",
                "BENCHCRM_VECTOR_DIR",
                dir.toString());
        MatchingAdapters a = MatchingAdapters.fromEnvironment(env::get).orElseThrow();
        MatchingAdapters b = MatchingAdapters.fromEnvironment(env::get).orElseThrow();
        assertThat(b.model()).isSameAs(a.model());
        assertThat(b.index()).isSameAs(a.index());

        TenantId tenant = new TenantId(UUID.randomUUID());
        UUID id = UUID.randomUUID();
        Embedding e = a.model().embed("Senior Java developer with Kafka");
        a.index().upsert(List.of(VectorRecord.of(tenant, EntityKind.CONSULTANT, id, 1, e)));
        assertThat(b.index()
                        .query(new VectorQuery(
                                tenant,
                                EntityKind.CONSULTANT,
                                a.model().info().key(),
                                a.model()
                                        .embed("Java engineer, Kafka streaming")
                                        .vector(),
                                5)))
                .extracting(h -> h.id())
                .containsExactly(id);
    }

    @Test
    void badValues_areRefusedNamingTheVariable() {
        assertThatThrownBy(() -> MatchingAdapters.fromEnvironment(Map.of("BENCHCRM_EMBEDDINGS", "word2vec")::get))
                .hasMessageContaining("BENCHCRM_EMBEDDINGS");
        assertThatThrownBy(() -> MatchingAdapters.fromEnvironment(
                        Map.of("BENCHCRM_EMBEDDINGS", "onnx", "BENCHCRM_VECTOR_STORE", "lucene")::get))
                .hasMessageContaining("BENCHCRM_VECTOR_DIR");
        assertThatThrownBy(() -> MatchingAdapters.fromEnvironment(Map.of(
                        "BENCHCRM_EMBEDDINGS",
                        "onnx",
                        "BENCHCRM_VECTOR_STORE",
                        "opensearch",
                        "BENCHCRM_OPENSEARCH_ENDPOINT",
                        "http://127.0.0.1:1",
                        "BENCHCRM_OPENSEARCH_SERVICE",
                        "http",
                        "BENCHCRM_OPENSEARCH_INDEX_LAYOUT",
                        "per-user")::get))
                .hasMessageContaining("BENCHCRM_OPENSEARCH_INDEX_LAYOUT");
        assertThatThrownBy(() -> MatchingAdapters.fromEnvironment(Map.of(
                        "BENCHCRM_EMBEDDINGS",
                        "bedrock",
                        "BENCHCRM_EMBEDDING_DIMENSIONS",
                        "300",
                        "AWS_REGION",
                        "us-east-1",
                        "BENCHCRM_VECTOR_DIR",
                        "x")::get))
                .hasMessageContaining("256, 512 or 1024");
    }

    @Test
    void variables_copiesOnlyTheMatchingOnesThatAreSet() {
        assertThat(MatchingAdapters.variables(Map.of(
                        "BENCHCRM_EMBEDDINGS", "onnx", "BENCHCRM_JDBC_URL", "x", "BENCHCRM_VECTOR_DIR", " ")::get))
                .containsOnlyKeys("BENCHCRM_EMBEDDINGS");
    }
}
